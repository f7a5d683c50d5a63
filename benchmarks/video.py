"""Video evidence: how fast frames are hashed (against decoding alone, in the same run) and
what vPDQ matching costs as stored videos grow (the one-pass index against comparing the new
video with each stored one in turn).

Usage: python benchmarks/video.py [SECONDS] [STORED_VIDEOS]   (defaults 60 and 2000)"""

from __future__ import annotations

import io
import os
import sys
import time

import av
import numpy as np
from PIL import Image, ImageDraw

from caseapp.evidence.video import analyse_video
from caseapp.evidence.video_matching import VideoIndex, match_percentages, pack_frames


def make_video(seconds: int, size: tuple[int, int] = (1280, 720), fps: int = 30) -> bytes:
    rng = np.random.default_rng(7)
    field = Image.fromarray(rng.integers(0, 256, (9, 16, 3), dtype=np.uint8)).resize(
        (size[0] * 2, size[1] * 2), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as movie:
        stream = movie.add_stream("libx264" if "libx264" in av.codecs_available else "mpeg4",
                                  rate=fps)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        for n in range(seconds * fps):
            x = n % size[0]
            image = field.crop((x, 0, x + size[0], size[1]))
            ImageDraw.Draw(image).ellipse((n % 900, 200, n % 900 + 200, 400), fill=(250,) * 3)
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                movie.mux(packet)
        for packet in stream.encode():
            movie.mux(packet)
    return out.getvalue()


def decode_only(data: bytes) -> int:
    count = 0
    with av.open(io.BytesIO(data)) as movie:
        stream = movie.streams.video[0]
        stream.thread_type = "AUTO"
        for _frame in movie.decode(stream):
            count += 1
    return count


def main() -> None:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    stored = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    data = make_video(seconds)
    start = time.perf_counter()
    frames = decode_only(data)
    t_decode = time.perf_counter() - start
    start = time.perf_counter()
    facts = analyse_video(data).facts
    t_hash = time.perf_counter() - start
    assert facts is not None
    print(f"{seconds} s of 1280x720 at 30 fps ({frames} frames, {len(data) / 2**20:.1f} MiB)")
    print(f"decode only:              {t_decode:6.2f} s  ({seconds / t_decode:5.1f}x real time)")
    print(f"decode + vPDQ (1 frame/s): {t_hash:6.2f} s  ({seconds / t_hash:5.1f}x real time; "
          f"ratio to decoding {t_decode / t_hash:.2f}; {len(facts.frames)} hashes)")

    rng = np.random.default_rng(1)
    per_video = 60
    library = [pack_frames((float(i), os.urandom(32).hex(), 100) for i in range(per_video))
               for _ in range(stored)]
    query = pack_frames((float(i), rng.bytes(32).hex(), 100) for i in range(per_video))
    index: VideoIndex[int] = VideoIndex()
    start = time.perf_counter()
    index.extend(enumerate(library))
    index.compare(pack_frames([(0.0, "00" * 32, 100)]))  # packs the rows
    t_build = time.perf_counter() - start
    start = time.perf_counter()
    index.compare(query)
    t_index = time.perf_counter() - start
    start = time.perf_counter()
    for target in library:
        match_percentages(query, target)
    t_pairs = time.perf_counter() - start
    print(f"\nmatching a {per_video}-frame video against {stored} stored videos "
          f"({stored * per_video} frame hashes):")
    print(f"load into the index:      {t_build * 1000:8.0f} ms")
    print(f"one pass over the index:  {t_index * 1000:8.0f} ms")
    print(f"video by video:           {t_pairs * 1000:8.0f} ms  "
          f"(index ratio {t_pairs / t_index:.1f}x faster)")


if __name__ == "__main__":
    main()
