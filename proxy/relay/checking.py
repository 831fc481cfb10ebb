"""Checks off the event loop: worker processes, each with its own engine, fed over socket pairs.

Each worker holds one end of a socket pair and answers one request at a time: a length-prefixed
pickle of (raw, envelope sender, recipients) in, a pickled report out. The event loop reads the
other end as an ordinary stream, so a check costs the relay one write and one read; a
ProcessPoolExecutor costs several thread hand-offs and GIL contention with the loop for each task,
about four times the relay's own CPU per message (measured while building this).

A check that raises, runs out of time or loses its worker is a `CheckFailed`; the relay then holds
the message (fail closed) or tempfails it, never delivers it unchecked. A worker that ran out of
time or died is killed and replaced, so one pathological message cannot keep a worker busy.

Each worker's address space is capped (RLIMIT_AS, [serve] check_worker_memory_mb): a message that
would take a worker to gigabytes (a 2.9 MB DOCX once took one to 4.15 GB) gets a MemoryError
instead of the machine's memory. A MemoryError the engine did not absorb fails that message's
check, and the worker exits and is replaced, since its heap may be left fragmented.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import multiprocessing
import os
import pickle
import resource
import signal
import socket

from bedside.checks import Report

from bedside.proxy.settings import EngineSpec
from bedside.proxy.frames import LENGTH, read_frame, write_frame

READY_TIMEOUT = 120  # seconds a new worker may take to import, build its engine and warm up
DEFAULT_MEMORY_MB = 1024  # a worker's address space; ~150 MB after warm-up and a first OCR

# Checked once by every new worker before it takes mail, so the first real message does not pay
# for loading word lists, compiling patterns and reading the sentiment lexicon.
_WARM_UP = (b"From: warm.up@exmail.nottingham.ac.uk\r\nTo: dr.ward@nottingham.ac.uk\r\nSubject: Ward round\r\n"
            b"\r\nDear Dr Ward,\r\n\r\nThe patient in bay 4 on ward C31, Mrs Jones, aged 94, was admitted on "
            b"3/4/2024 with heart failure. You are being completely unreasonable and this is awful.\r\n\r\n"
            b"Kind regards,\r\nAmy\r\n")


class CheckFailed(Exception):
    pass


def _worker_main(sock: socket.socket, spec: EngineSpec, memory_mb: int = 0) -> None:
    """A worker's whole life: build the engine, say ready, then answer requests until EOF."""
    # The relay decides when workers stop (EOF on the socket, after in-flight checks finish):
    # a Ctrl-C or a SIGTERM sent to the whole process group must not kill a check midway.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    engine = spec.build()
    if memory_mb > 0:
        # After the build (word lists are ours, not a sender's), before the warm-up, which so
        # shows that a check fits.
        limit = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    engine.check(_WARM_UP)
    gc.freeze()  # the engine's word lists and patterns live for good: keep the collector off them
    try:
        with sock, sock.makefile("rwb") as stream:
            _serve_requests(engine, stream)
    except ConnectionError:
        return  # the relay is gone (killed with -9): no one to answer, and nothing to report


def _serve_requests(engine, stream) -> None:
    """Say ready, then answer requests until EOF."""
    write_frame(stream, b"ready")
    while (request := read_frame(stream)) is not None:
        out_of_memory = False
        try:
            raw, mail_from, rcpts = pickle.loads(request)
            del request
            reply = ("ok", engine.check(raw, mail_from, rcpts))
        except MemoryError:
            out_of_memory = True
            reply = ("error", "MemoryError")
        except Exception as exc:  # noqa: BLE001 - reported to the relay, which fails closed
            reply = ("error", type(exc).__name__)
        raw = request = None  # noqa: F841 - let the message go before answering
        write_frame(stream, pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
        if out_of_memory:
            return  # the relay replaces this worker


class _Worker:
    def __init__(self, process, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.process = process
        self.reader = reader
        self.writer = writer

    async def call(self, payload: bytes) -> bytes:
        self.writer.write(LENGTH.pack(len(payload)) + payload)  # one write, one send(): not two
        await self.writer.drain()
        return await self.receive()

    async def receive(self) -> bytes:
        """The worker's next frame (see proxy/frames.py), read from the event loop's side."""
        (size,) = LENGTH.unpack(await self.reader.readexactly(LENGTH.size))
        return await self.reader.readexactly(size)

    def stop(self, kill: bool) -> None:
        if kill and self.process.is_alive():
            self.process.kill()
        self.writer.close()  # EOF: an idle worker leaves its loop and exits


class Checker:
    def __init__(self, spec: EngineSpec, workers: int, timeout: float, memory_mb: int = DEFAULT_MEMORY_MB):
        self.spec = spec
        self.workers = workers or os.cpu_count() or 1
        self.timeout = timeout
        self.memory_mb = memory_mb  # each worker's address space; 0: no limit
        # forkserver: workers never inherit the relay's threads, sockets or hold queue handle.
        self._context = multiprocessing.get_context("forkserver")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._respawns: set[asyncio.Task] = set()
        self._closed = False

    async def start(self) -> None:
        """Start every worker and wait until each has built and warmed its engine."""
        for worker in await asyncio.gather(*(self._spawn() for _ in range(self.workers))):
            self._idle.put_nowait(worker)

    async def _spawn(self) -> _Worker:
        ours, theirs = socket.socketpair()
        process = self._context.Process(target=_worker_main, args=(theirs, self.spec, self.memory_mb),
                                        daemon=True, name="bedside-check")
        starting = asyncio.ensure_future(asyncio.to_thread(process.start))
        try:
            await asyncio.shield(starting)
        except BaseException as exc:
            ours.close()
            if isinstance(exc, asyncio.CancelledError):
                # Cancelled (the relay is stopping) while a thread starts the process: the start
                # goes on regardless, and the socket must stay open until the process has it.
                # Then kill the process: it ignores SIGTERM, and would hold up the relay's exit.
                with contextlib.suppress(BaseException):
                    await starting
                if process.pid is not None:
                    process.kill()
            raise
        finally:
            theirs.close()
        reader, writer = await asyncio.open_connection(sock=ours, limit=2 ** 16)
        worker = _Worker(process, reader, writer)
        self._all.add(worker)
        try:
            async with asyncio.timeout(READY_TIMEOUT):
                await worker.receive()  # 'ready'
        except BaseException:
            self._retire(worker, kill=True)
            raise
        return worker

    async def check(self, raw: bytes, mail_from: str, rcpts: tuple[str, ...]) -> Report:
        payload = pickle.dumps((raw, mail_from, rcpts), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            async with asyncio.timeout(self.timeout):
                worker = await self._idle.get()
        except TimeoutError as exc:
            raise CheckFailed(f"no check worker free within {self.timeout:g}s") from exc
        try:
            async with asyncio.timeout(self.timeout):
                reply = await worker.call(payload)
        except TimeoutError as exc:
            self._replace(worker)
            raise CheckFailed(f"check took longer than {self.timeout:g}s") from exc
        except (asyncio.IncompleteReadError, ConnectionError, OSError) as exc:
            self._replace(worker)
            raise CheckFailed("check worker died") from exc
        except BaseException:
            # Cancelled midway (the client went away): the worker's answer would be read by the
            # next message's check, so this worker cannot be reused.
            self._replace(worker)
            raise
        try:
            status, value = pickle.loads(reply)
        except Exception as exc:  # noqa: BLE001 - a garbled answer is a failed check, never a pass
            self._idle.put_nowait(worker)
            raise CheckFailed("check answer unreadable") from exc
        if status == "error" and value == "MemoryError":
            self._replace(worker)  # it has exited: a fresh heap for the next message
            raise CheckFailed(f"check ran out of memory (limit {self.memory_mb} MB)")
        self._idle.put_nowait(worker)
        if status != "ok":
            raise CheckFailed(f"check failed ({value})")
        return value

    def _retire(self, worker: _Worker, kill: bool) -> None:
        self._all.discard(worker)
        worker.stop(kill)

    def _replace(self, worker: _Worker) -> None:
        self._retire(worker, kill=True)
        if not self._closed:
            task = asyncio.get_running_loop().create_task(self._respawn())
            self._respawns.add(task)
            task.add_done_callback(self._respawns.discard)

    async def _respawn(self) -> None:
        delay = 0.5
        while not self._closed:
            try:
                self._idle.put_nowait(await self._spawn())
                return
            except Exception:  # noqa: BLE001 - keep trying: meanwhile checks wait, then fail closed
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30)

    async def close(self) -> None:
        """Stop every worker: idle ones see EOF and exit; any still running are killed after a grace."""
        self._closed = True
        respawns = list(self._respawns)
        for task in respawns:
            task.cancel()
        await asyncio.gather(*respawns, return_exceptions=True)  # a worker being started is killed
        workers = list(self._all)
        for worker in workers:
            self._retire(worker, kill=False)
        await asyncio.to_thread(_join, [w.process for w in workers])


def _join(processes, grace: float = 5) -> None:
    for process in processes:
        process.join(grace)
        if process.is_alive():
            process.kill()
            process.join(grace)
