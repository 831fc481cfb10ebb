"""A paragraph that discusses a work of fiction (a kind of work and its telling named together:
config/wordlists/fiction.toml) is about the story: what its characters do is neither the writer's
hostility (OFF007 is not held there) nor an allegation (DEF001 does not read it). The rest of the
letter is read as ever."""

import pytest

from bedside.checks import Engine, load_config
from bedside.checks.config import ConfigError
from bedside.checks.letter import reader_for
from conftest import make_message


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _mail(body: str, subject: str = "hi", to: str = "sam.friend@gmail.com") -> bytes:
    return make_message(body, subject=subject, to=to)


def _paragraphs(body: str) -> list[str]:
    letter = reader_for(load_config()).read(body)
    return [body[s:e].split()[0] for s, e in letter.fiction_paragraphs]


BOOK = ("Finished the new one for book club. Dr Ingram, the village GP, poisons three of his patients and "
        "forges their death certificates, and the ending is so bleak I sat up till two.")
SERIES = ("ok so episode 4 of that Netflix thing: the villain drowns his brother in a slurry pit and then "
          "burns the farm down. absolutely grim, loved it")
FILM = ("Cinema trip Friday? The trailer for the new Bond film has a man strangled on a train and the whole "
        "cast look terrified.")


@pytest.mark.parametrize("paragraph", [BOOK, SERIES, FILM])
def test_a_paragraph_about_a_story_is_found(paragraph):
    body = f"Hiya,\n\n{paragraph}\n\nAnyway, how was your week?\n\nAlex\n"
    assert _paragraphs(body) == [paragraph.split()[0]]


@pytest.mark.parametrize("paragraph", [
    "Can you book the seminar room for Tuesday? The scene in clinic was chaos today.",  # no work: 'book' a verb
    "I watched the consultant run the arrest scene, he was brilliant.",  # a scene, no work
    "The film on the chest X-ray showed a big effusion.",  # a work word, no telling
    "The improvement in the audit is fiction: plot the raw readings and the scene is obvious.",  # 'fiction' = untrue
])
def test_ordinary_mail_is_not(paragraph):
    assert _paragraphs(f"Hi,\n\n{paragraph}\n\nAlex\n") == []


def test_a_plot_is_not_held(engine):
    report = engine.check(_mail(f"Hiya,\n\n{BOOK}\n\n{SERIES}\n\nAlex\n", subject="book club and telly"))
    assert str(report.verdict) != "hold", [(f.rule, f.message) for f in report.findings]
    assert not [f for f in report.findings if f.rule.startswith("DEF")]


def test_an_allegation_in_another_paragraph_still_is(engine):
    body = (f"Hiya,\n\n{BOOK}\n\nAlso, Dr Marcus Pell on our firm steals oxycodone from the ward cupboard, "
            "I watched him do it on Tuesday.\n\nAlex\n")
    report = engine.check(_mail(body))
    assert "DEF001" in [f.rule for f in report.findings if str(f.action) == "hold"]


def test_abuse_in_another_paragraph_still_is(engine):
    body = f"Hiya,\n\n{FILM}\n\nAlso Priya is a fat ugly cow and everyone in the group hates her.\n\nAlex\n"
    report = engine.check(_mail(body))
    assert "OFF007" in [f.rule for f in report.findings if str(f.action) == "hold"]


def test_in_the_same_paragraph_the_model_warns(engine):
    # The paragraph is read as a story's: the model's finding there is a warning the sender still sees.
    body = f"Hiya,\n\n{FILM} Also Priya is a fat ugly cow and everyone in the group hates her.\n\nAlex\n"
    report = engine.check(_mail(body))
    assert [(f.rule, "film, book or show" in f.message) for f in report.findings] == [("OFF008", True)]


def test_a_bad_entry_is_named(tmp_path):
    bad = tmp_path / "fiction.toml"
    bad.write_text('[[term]]\nterm = "kinds of work"\nkind = "works"\nwords = ["film"]\n')
    site = tmp_path / "site.toml"
    site.write_text(f'[wordlists]\nfiction = "{bad}"\n')
    with pytest.raises(ConfigError, match="kinds of work"):
        reader_for(load_config(site))
