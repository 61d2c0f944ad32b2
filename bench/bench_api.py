"""Load benchmark of the briefing endpoint: requests/s, p50/p99 latency and server memory over time.

Starts ``silang serve`` on 127.0.0.1 over a store (ingest dev-id first), then runs an async
httpx client for a fixed time against ``GET /api/stories/{id}`` of every stored story in turn.
Loopback only; stops by itself.

    silang ingest ../shared/corpora/dev-id/articles.jsonl --db devid.db
    python bench/bench_api.py --db devid.db --seconds 60 --concurrency 8
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

SERVE = "import sys; from silang.cli import main; sys.argv[0] = 'silang'; main()"


def rss_mib(pid: int) -> float:
    """Resident memory of process ``pid`` in MiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def story_ids(client: httpx.AsyncClient) -> list[str]:
    """Every stored story id, paging through /api/stories."""
    ids: list[str] = []
    while True:
        page = (await client.get("/api/stories", params={"limit": 200, "offset": len(ids)})).json()
        ids += [s["id"] for s in page["items"]]
        if not page["items"] or len(ids) >= page["total"]:
            return ids


async def run(base: str, pid: int, seconds: float, concurrency: int) -> dict[str, object]:
    """Hammer the briefing endpoint for ``seconds``; sample the server's RSS every second."""
    latencies: list[float] = []
    errors = 0
    rss: list[tuple[float, float]] = []
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        ids = await story_ids(client)
        start = time.perf_counter()
        deadline = start + seconds
        counter = iter(range(10**12))

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                sid = ids[next(counter) % len(ids)]
                t = time.perf_counter()
                res = await client.get(f"/api/stories/{sid}")
                latencies.append(time.perf_counter() - t)
                errors += res.status_code != 200

        async def sampler() -> None:
            while time.perf_counter() < deadline:
                rss.append((time.perf_counter() - start, rss_mib(pid)))
                await asyncio.sleep(1)

        await asyncio.gather(sampler(), *(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    lat = sorted(latencies)
    first = [m for t, m in rss if 5 <= t < 15] or [rss[0][1]]
    last = [m for t, m in rss if t >= seconds - 10] or [rss[-1][1]]
    return {
        "stories": len(ids),
        "seconds": round(elapsed, 1),
        "concurrency": concurrency,
        "requests": len(lat),
        "errors": errors,
        "requests_per_s": round(len(lat) / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(lat), 1),
        "p99_ms": round(1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))], 1),
        "rss_mib_start": round(rss[0][1], 1),
        "rss_mib_after_warmup": round(statistics.mean(first), 1),
        "rss_mib_end": round(statistics.mean(last), 1),
        "rss_mib_max": round(max(m for _, m in rss), 1),
        "rss_mib_every_10s": [round(m, 1) for t, m in rss if int(t) % 10 == 0],
    }


def main() -> None:
    """Parse options, start the server, run the load, print one JSON line of results."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="store URL or SQLite file holding dev-id")
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    port = free_port()
    cmd = [sys.executable, "-c", SERVE, "serve", "--db", args.db, "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/stories?limit=1", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        result = asyncio.run(run(base, server.pid, args.seconds, args.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
