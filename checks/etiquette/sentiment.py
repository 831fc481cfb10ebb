"""textblob's offline Pattern sentiment (the bundled lexicon), loaded without the rest of textblob.

`import textblob` runs the package's __init__, which imports NLTK: about a fifth of a second in
every process that checks a message, although the lexicon scorer (`textblob.en.sentiment`) needs
only the standard library. So, when textblob is not imported yet, its package is registered
without running that __init__ just long enough to import `textblob.en`, then unregistered: a later
`import textblob` elsewhere still gets the whole package.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import lru_cache


@lru_cache(maxsize=1)
def lexicon():
    """textblob.en.sentiment: call it on a sentence for (polarity, subjectivity); it is a dict of
    word -> {sense: (polarity, subjectivity, intensity)} once load() has run."""
    if "textblob" in sys.modules:
        en = importlib.import_module("textblob.en")
    else:
        package = importlib.util.module_from_spec(importlib.util.find_spec("textblob"))
        sys.modules["textblob"] = package
        try:
            en = importlib.import_module("textblob.en")
        finally:
            del sys.modules["textblob"]
    en.sentiment.load()
    return en.sentiment


@lru_cache(maxsize=1)
def negative_words() -> frozenset[str]:
    """Words the lexicon scores clearly negative in some sense: only these can make a sentence
    average -0.6 (with an intensifier), so only sentences holding one are scored."""
    return frozenset(word for word, senses in lexicon().items()
                     if any(values[0] <= -0.45 for values in senses.values()))


def polarity(sentence: str) -> float:
    # The scorer called directly: textblob's PatternAnalyzer.analyze gives the same number but
    # builds a namedtuple class on every call, which costs more than the scoring.
    return lexicon()(sentence)[0]
