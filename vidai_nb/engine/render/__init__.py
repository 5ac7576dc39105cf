"""engine/render: draft → ONE ffmpeg run → H.264/AAC MP4 (or MOV, WebM, GIF, a JPG still).

    plan = build_render(draft, media_paths, OutputSpec.from_request(output), out_path)
    run_render(plan, on_progress=print, cancel=threading.Event())

How the draft (docs/draft.md) is read:
- the main video track (role "main", else the first tt 0 track): clips with `in` / `speed` / `volume`
  / `freeze` / `transition` (xfade + acrossfade; the clip before reads on so nobody's start moves),
  images shown for `d`; holes are black and silent; every piece is cut on output-frame boundaries
  and its sound to the same length, so many cuts never drift. Plain cuts of one file share one input.
- `m.width/height/fps` (default 1920x1080 @ 30), `m.fit` blur | solid (`m.bg`) | crop (centred on
  `m.focus` or a segment's `focus` {"x", "y"} when given), `m.fx`: fades, colour, rotate/flip
  (applied to the sources), loudnorm, denoise, max_height.
- other tt 0 tracks: overlays (`pos`, `scale` = fraction of the canvas width, `opacity`; a PiP's
  sound only when its segment has a `volume`).
- tt 1 tracks: sound (`in`, `volume`, `fade_in`/`fade_out`, `loop`, `duck` = sidechain-compressed
  under the main track's sound), mixed without normalising (35 % stays 35 %).
- tt 7 tracks: role "subtitle" → burned with libass from a generated ASS file (bundled fonts via
  `fontsdir`) and/or SRT/VTT files beside the output (`burn`, `sidecar`, or the request's
  `subtitles`); other text → drawtext titles from text files (`expansion=none`: drawn literally).
- The output lasts until the last picture (video, overlay or text) ends; music does not lengthen it.
- The sound is 48 kHz stereo, except a draft that only keeps parts of one mono file: that stays mono
  on every path (stream copy, smart cut, full render), so a draft's layout never depends on the path.
Stream copy (`-c copy`, `RenderPlan.stream_copy`) when the draft is one plain cut of one H.264/HEVC
file starting on a keyframe, at the source's size and rate, into MP4/MOV.
Smart cut (`RenderPlan.smart_cut`, render/smartcut.py) when the draft only keeps parts of one x264
MP4/MOV (any number, any order) at its size and rate: whole GOPs are copied, only the frames from
each cut to the next keyframe are re-encoded with the source's own settings (same SPS/PPS, checked),
the sound is cut sample-accurately with 10 ms cross-fades; the plan runs a Python child, not ffmpeg.
Preview (render/preview.py, preview_pieces.py, preview_run.py): all-intra 360p proxies made after
upload; when the export's `output.preview` is true, stretches that show a proxy as it is are copied
packet for packet and only the rest is rendered (cached by content), then joined.
"""

from vidai_nb.engine.render.errors import RenderCancelled, RenderError
from vidai_nb.engine.render.plan import RenderPlan, build_render
from vidai_nb.engine.render.run import run_render
from vidai_nb.engine.render.spec import OutputSpec

__all__ = ["OutputSpec", "RenderCancelled", "RenderError", "RenderPlan", "build_render", "run_render"]
