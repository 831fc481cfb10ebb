"""Text in images, read with Tesseract (Debian's `tesseract-ocr` data, the tesserocr binding).

tesserocr runs Tesseract in the process: the model is loaded once per process (~0.13 s) and a
screenshot is read in ~40 ms, where pytesseract starts the `tesseract` program for every image
(~0.4 s each, measured here) and writes temporary files. Tesseract's own deadline (Recognize's
timeout) bounds each image, so a hostile image becomes an unread finding, never a hung check.

One `Ocr` per Config (Config.derive): no module-level state. It needs the English model that the
`tesseract-ocr-eng` package installs (pulled in by `tesseract-ocr`); without it `available` is
False and `reason` says what to install.
"""

from __future__ import annotations

import glob
import os
import threading

# Where Debian (and most distributions) put the models: .../tesseract-ocr/<version>/tessdata.
TESSDATA_GLOBS = ("/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata")
INSTALL_HINT = "install the Debian package tesseract-ocr (apt-get install tesseract-ocr)"
# Tesseract reads text best with capitals ~20-40 px tall: smaller images are enlarged up to this
# width, larger ones reduced to MAX_PIXELS (a 12 MP phone photo needs no more to read a label).
# Tesseract's deadline bounds recognition only; its page layout analysis runs to the end, and costs
# ~0.5 s a megapixel on noise (the worst case), so the size cap is also the time cap for that step.
MIN_WIDTH = 1200
MAX_PIXELS = 4_000_000


class OcrUnavailable(Exception):
    pass


def tessdata() -> str | None:
    """The folder holding eng.traineddata, or None."""
    env = os.environ.get("TESSDATA_PREFIX")
    candidates = ([env, os.path.join(env, "tessdata")] if env else []) + \
        sorted((p for pattern in TESSDATA_GLOBS for p in glob.glob(pattern)), reverse=True)
    return next((p for p in candidates if os.path.isfile(os.path.join(p, "eng.traineddata"))), None)


class Ocr:
    """A Tesseract engine, loaded on first use and then kept; one image at a time."""

    def __init__(self):
        self._api = None
        self._problem: str | None = None
        self._lock = threading.Lock()

    @property
    def reason(self) -> str | None:
        """Why OCR cannot run here, or None when it can."""
        self._load()
        return self._problem

    def _load(self):
        if self._api is not None or self._problem is not None:
            return self._api
        path = tessdata()
        if path is None:
            self._problem = f"no Tesseract English model found: {INSTALL_HINT}"
            return None
        try:
            import tesserocr

            self._api = tesserocr.PyTessBaseAPI(path=path.rstrip("/") + "/", lang="eng",
                                                psm=tesserocr.PSM.AUTO, oem=tesserocr.OEM.LSTM_ONLY)
        except (ImportError, RuntimeError, OSError) as exc:
            self._problem = f"Tesseract could not start ({type(exc).__name__}): {INSTALL_HINT}"
        return self._api

    def read(self, image, timeout: float) -> str:
        """The text in a Pillow image. Raises TimeoutError past `timeout` seconds, OcrUnavailable
        when there is no engine."""
        image = prepare(image)
        with self._lock:
            api = self._load()
            if api is None:
                raise OcrUnavailable(self._problem)
            try:
                api.SetImage(image)
                if not api.Recognize(timeout=max(1, int(timeout * 1000))):
                    raise TimeoutError(f"OCR took longer than {timeout:g}s")
                return api.GetUTF8Text()
            finally:
                api.Clear()


def prepare(image):
    """Grey, at a size Tesseract reads well, within MAX_PIXELS."""
    from PIL import Image

    image = image.convert("L")
    width, height = image.size
    scale = 1.0
    if width < MIN_WIDTH:
        scale = min(MIN_WIDTH / max(width, 1), 3.0)
    if width * height * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / (width * height)) ** 0.5
    if abs(scale - 1.0) > 0.05:
        image = image.resize((max(1, int(width * scale)), max(1, int(height * scale))), Image.LANCZOS)
    return image


def build(config) -> Ocr:
    """For Config.derive: one engine per configuration (and so per check worker)."""
    return Ocr()
