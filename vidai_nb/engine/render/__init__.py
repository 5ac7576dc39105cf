"""engine/render: draft → one ffmpeg filtergraph → H.264/AAC MP4 (or MOV / WebM / GIF / JPG).

    plan = build_render(draft, media_paths, OutputSpec.from_request(output), out_path)
    run_render(plan, on_progress=print, cancel=threading.Event())
"""

from vidai_nb.engine.render.errors import RenderCancelled, RenderError
from vidai_nb.engine.render.plan import RenderPlan, build_render
from vidai_nb.engine.render.run import run_render
from vidai_nb.engine.render.spec import OutputSpec

__all__ = ["OutputSpec", "RenderCancelled", "RenderError", "RenderPlan", "build_render", "run_render"]
