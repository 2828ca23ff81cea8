"""Running the real task path in a test: the database backend, then `manage.py db_worker --batch`."""

import signal
import socket
import threading
from io import StringIO

from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.management.commands import db_worker

DATABASE_TASKS = override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})


def run_worker() -> None:
    """One pass of the worker over every task that is due, in this process and this test's
    transaction. The worker calls ``close_old_connections`` between tasks, which inside a test's
    transaction would drop it on PostgreSQL (Django's test client disconnects it for the same
    reason); the signal handlers it installs are put back afterwards."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    close_old_connections = db_worker.close_old_connections
    db_worker.close_old_connections = lambda: None
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0, stdout=StringIO())
    finally:
        db_worker.close_old_connections = close_old_connections
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


class ListeningServer:
    """A TCP server on 127.0.0.1 that accepts connections, counts them and never answers
    (a hanging Elasticsearch, or an SMTP server the request must not reach)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed
                return
            self.connections.append(conn)

    @property
    def accepted(self) -> int:
        return len(self.connections)

    def close(self) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self.sock.close()
        for conn in self.connections:
            conn.close()
        self.thread.join(timeout=5)
