#!/usr/bin/env python3
"""A vosk-server style WebSocket client (like vosk-server's websocket/test.py), written against Debian's
python3-websockets, not by the gateway's authors' Java code: send the config, stream a WAV in 0.2 s chunks,
send eof, print every server message as one JSON line."""
import asyncio
import json
import sys
import wave

import websockets


async def run(uri, path):
    async with websockets.connect(uri) as ws:
        with wave.open(path, "rb") as wf:
            await ws.send(json.dumps({"config": {"sample_rate": wf.getframerate()}}))
            chunk_frames = int(wf.getframerate() * 0.2)
            while True:
                data = wf.readframes(chunk_frames)
                if len(data) == 0:
                    break
                await ws.send(data)
                print(json.dumps(json.loads(await ws.recv())), flush=True)
        await ws.send('{"eof" : 1}')
        print(json.dumps(json.loads(await ws.recv())), flush=True)


if __name__ == "__main__":
    asyncio.run(run(sys.argv[1], sys.argv[2]))
