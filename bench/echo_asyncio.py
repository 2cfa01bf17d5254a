"""The plain-Python side of bench/echo.py: an asyncio echo server on 127.0.0.1,
port given as the first argument.  `--protocol` uses asyncio's callback-based
Protocol API instead of streams (StreamReader/StreamWriter)."""

import asyncio
import sys


async def handle(reader, writer):
    try:
        while True:
            data = await reader.read(4096)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data)


async def main(port, protocol):
    if protocol:
        server = await asyncio.get_running_loop().create_server(Echo, "127.0.0.1", port)
    else:
        server = await asyncio.start_server(handle, "127.0.0.1", port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), "--protocol" in sys.argv))
