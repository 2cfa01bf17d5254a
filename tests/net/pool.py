"""A client pool for tests that replace servers under load (tests/net/test_servers.py).

`Pool(port, size)` runs `size` clients in a thread of their own (asyncio):
each connects, reads the line the server greets it with (its name, as
examples/echo-server.janet sends), exchanges 1-4 messages of 1-4096 random
bytes with it (every byte must come back, in order), closes, and starts
again at once, until `stop()`.  It counts what went wrong: connections refused,
connections reset (or otherwise failed after they were made), and bytes
that did not come back.
"""

import asyncio
import random
import threading


class Pool:
    def __init__(self, port, size=50, seed=1):
        self.port = port
        self.size = size
        self.seed = seed
        self.connections = 0        # connections that exchanged all their messages
        self.refused = 0
        self.reset = 0
        self.lost_bytes = 0
        self.sent_bytes = 0
        self.errors = []            # a few descriptions of what failed
        self.served_by = {}         # server name -> connections it took
        self._stop = False
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self, timeout=30):
        self._stop = True
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "the client pool did not stop"

    def _fail(self, what):
        if len(self.errors) < 10:
            self.errors.append(what)

    async def _main(self):
        await asyncio.gather(*(self._client(i) for i in range(self.size)))

    async def _client(self, i):
        rng = random.Random(self.seed * 100003 + i)
        while not self._stop:
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection("127.0.0.1", self.port), 10)
            except ConnectionRefusedError:
                self.refused += 1
                self._fail("refused")
                await asyncio.sleep(0.01)
                continue
            except (OSError, asyncio.TimeoutError) as e:
                self.reset += 1
                self._fail("connect: %r" % (e,))
                continue
            try:
                name = await asyncio.wait_for(reader.readline(), 10)
                if not name.endswith(b"\n"):
                    self.reset += 1
                    self._fail("no greeting")
                    continue
                name = name.strip().decode()
                self.served_by[name] = self.served_by.get(name, 0) + 1
                for _ in range(rng.randint(1, 4)):
                    msg = rng.randbytes(rng.randint(1, 4096))
                    self.sent_bytes += len(msg)
                    writer.write(msg)
                    try:
                        got = await asyncio.wait_for(reader.readexactly(len(msg)), 10)
                    except asyncio.IncompleteReadError as e:
                        self.lost_bytes += len(msg) - len(e.partial)
                        self._fail("end of stream after %d of %d bytes"
                                   % (len(e.partial), len(msg)))
                        break
                    if got != msg:
                        self.lost_bytes += len(msg)
                        self._fail("wrong bytes")
                        break
                else:
                    self.connections += 1
            except (OSError, asyncio.TimeoutError) as e:
                self.reset += 1
                self._fail("exchange: %r" % (e,))
            finally:
                writer.close()
                try:
                    await writer.wait_closed()
                except OSError:
                    pass
