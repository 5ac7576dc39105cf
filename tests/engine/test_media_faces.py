"""Face following: the bundled Haar cascade finds a drawn face, and a 9:16 crop centres on it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from tests.media import frame_at, probe, run_ffmpeg
from vidai_nb.engine.jobs.render_job import follow_faces
from vidai_nb.engine.media.faces import face_focus, face_in_frame
from vidai_nb.engine.render import build_render, run_render

SKIN = (224, 182, 150)
BACKGROUND = (40, 90, 160)


def draw_face(size: tuple[int, int], centre: tuple[int, int], half_width: int) -> Image.Image:
    """A simple frontal face (skin oval, brows, eyes, nose shadow, mouth): enough for a Haar cascade."""
    img = Image.new("RGB", size, BACKGROUND)
    d = ImageDraw.Draw(img)
    cx, cy, s = centre[0], centre[1], half_width
    d.ellipse([cx - s, cy - int(s * 1.3), cx + s, cy + int(s * 1.3)], fill=SKIN)
    for ex in (cx - s * 0.4, cx + s * 0.4):
        d.rectangle([ex - s * 0.28, cy - s * 0.55, ex + s * 0.28, cy - s * 0.45], fill=(60, 40, 30))
        d.ellipse([ex - s * 0.2, cy - s * 0.35, ex + s * 0.2, cy - s * 0.15], fill=(30, 30, 30))
    d.polygon([(cx, cy - s * 0.1), (cx - s * 0.15, cy + s * 0.35), (cx + s * 0.15, cy + s * 0.35)],
              fill=(190, 150, 120))
    d.ellipse([cx - s * 0.4, cy + s * 0.55, cx + s * 0.4, cy + s * 0.75], fill=(150, 60, 60))
    return img


def face_clip(tmp_path: Path, centre: tuple[int, int] = (470, 170)) -> Path:
    still = tmp_path / "face.png"
    draw_face((640, 360), centre, 90).save(still)
    out = tmp_path / "face.mp4"
    run_ffmpeg("-loop", "1", "-i", str(still), "-t", "2", "-r", "10",
               "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(out))
    return out


def test_a_drawn_face_is_found_where_it_is() -> None:
    found = face_in_frame(np.asarray(draw_face((640, 360), (470, 170), 90)))
    assert found is not None
    x, y, area = found
    assert abs(x - 470 / 640) < 0.04 and abs(y - 170 / 360) < 0.06 and area > 0.1


def test_no_face_is_none() -> None:
    assert face_in_frame(np.asarray(Image.new("RGB", (640, 360), BACKGROUND))) is None


def test_face_focus_over_a_clip(tmp_path: Path) -> None:
    focus = face_focus(face_clip(tmp_path), 0, 2000)
    assert focus is not None and abs(focus[0] - 470 / 640) < 0.04


def test_vertical_crop_follows_the_face(tmp_path: Path) -> None:
    clip = face_clip(tmp_path)
    draft = {
        "m": {"width": 360, "height": 640, "fps": 10, "fit": "crop", "focus": "face"},
        "t": [{"tt": 0, "id": "video", "role": "main",
               "sg": [{"id": "s1", "start": 0, "d": 1500, "src": "a", "kind": "video", "in": 0}]}],
    }
    # The render job finds the face before planning; the plan itself only reads the point.
    followed = follow_faces(draft, {"a": clip})
    focus = followed["t"][0]["sg"][0]["focus"]
    assert abs(focus["x"] - 470 / 640) < 0.04 and draft["t"][0]["sg"][0].get("focus") is None
    out = run_render(build_render(followed, {"a": clip}, {"quality": "low"}, tmp_path / "face-9x16.mp4"))
    assert (probe(out).video["width"], probe(out).video["height"]) == (360, 640)
    centre = frame_at(out, 0.5)[300:340, 160:200].reshape(-1, 3).mean(axis=0)
    assert np.abs(centre - np.array(SKIN)).max() < 40, centre  # the face, not the blue background
    # the same draft centred instead shows the background in the middle: the crop really moved
    draft["m"]["focus"] = "center"
    centred = run_render(build_render(draft, {"a": clip}, {"quality": "low"}, tmp_path / "centre.mp4"))
    middle = frame_at(centred, 0.5)[300:340, 160:200].reshape(-1, 3).mean(axis=0)
    assert np.abs(middle - np.array(BACKGROUND)).max() < 40, middle
