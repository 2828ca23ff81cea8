"""One backup archive: the database dump, ``media/`` and ``manifest.json`` in a .tar.gz.

The manifest says what the archive restores to: the row count of every table and a SHA-256
over the media files. That checksum is taken from the bytes as they go into the archive, so a
file uploaded during the backup cannot make the archive disagree with its own manifest. The
secret key is never in the archive; the manifest says where it lives.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import tarfile
import time
import zlib
from pathlib import Path, PurePosixPath

from django.utils import timezone
from django.utils.translation import gettext as _

from .databases import BackupError

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
ARCHIVE_NAME = re.compile(r"^khuyenhoc-\d{8}-\d{6}\.tar\.gz$")
CHUNK = 1024 * 1024


def archive_name() -> str:
    return f"khuyenhoc-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"


class MediaDigest:
    """SHA-256 over each file's relative path and content digest, in path order."""

    def __init__(self):
        self.files: dict[str, str] = {}
        self.bytes = 0

    def add(self, relative: str, content_sha256: str, size: int) -> None:
        self.files[relative] = content_sha256
        self.bytes += size

    def summary(self) -> dict:
        total = hashlib.sha256()
        for relative in sorted(self.files):
            total.update(f"{relative}\0{self.files[relative]}\n".encode())
        return {"files": len(self.files), "bytes": self.bytes, "sha256": total.hexdigest()}


def media_files(root: Path) -> list[tuple[str, Path]]:
    """(path relative to root, path) of every file under root, sorted."""
    if not root.is_dir():
        return []
    return sorted((path.relative_to(root).as_posix(), path) for path in root.rglob("*") if path.is_file())


def media_summary(root: Path) -> dict:
    """The media checksum of the files on disk, to compare with a manifest's."""
    digest = MediaDigest()
    for relative, path in media_files(root):
        content = hashlib.sha256()
        with path.open("rb") as file:
            while chunk := file.read(CHUNK):
                content.update(chunk)
        digest.add(relative, content.hexdigest(), path.stat().st_size)
    return digest.summary()


class _HashingReader:
    """A file that hashes what tarfile reads from it."""

    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def write_archive(target, manifest: dict, dump_path: Path, dump_name: str, media_root: Path) -> dict:
    """Write the archive into the binary file ``target``; return the manifest as written (with its media summary)."""
    digest = MediaDigest()
    with tarfile.open(fileobj=target, mode="w:gz", compresslevel=6) as tar:
        tar.add(dump_path, arcname=dump_name)
        for relative, path in media_files(media_root):
            with path.open("rb") as file:
                info = tar.gettarinfo(arcname=f"{MEDIA}/{relative}", fileobj=file)
                reader = _HashingReader(file)
                tar.addfile(info, reader)
            digest.add(relative, reader.sha256.hexdigest(), info.size)
        manifest = {**manifest, "media": digest.summary()}
        data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mtime, info.mode = len(data), int(time.time()), 0o600
        tar.addfile(info, io.BytesIO(data))
    return manifest


def _checked_members(tar: tarfile.TarFile):
    """Only regular files with relative paths inside the folder: an archive of ours has nothing else.
    (Debian 12's Python 3.11.2 predates tarfile's extraction filters, so this check is ours.)"""
    for member in tar:
        path = PurePosixPath(member.name)
        if not member.isfile() or path.is_absolute() or ".." in path.parts:
            raise BackupError(_("Bản sao lưu có mục lạ: %(name)s.") % {"name": member.name})
        yield member


def extract_archive(archive: Path, into: Path) -> dict:
    """Unpack the archive into a folder (no member may land outside it); return its manifest."""
    filters = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(into, members=_checked_members(tar), **filters)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise BackupError(
            _("Không đọc được bản sao lưu %(archive)s: %(error)s") % {"archive": archive, "error": error}
        ) from error
    try:
        manifest = json.loads((into / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(
            _("%(archive)s không phải bản sao lưu của Khuyến học (thiếu hoặc hỏng %(manifest)s).")
            % {"archive": archive, "manifest": MANIFEST}
        ) from error
    if manifest.get("format") != FORMAT:
        raise BackupError(
            _("Bản sao lưu có định dạng %(found)s, lệnh này đọc định dạng %(expected)s.")
            % {"found": manifest.get("format"), "expected": FORMAT}
        )
    return manifest


def prune(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` archives of the folder (0 keeps them all)."""
    if keep <= 0:
        return []
    archives = sorted(path for path in directory.iterdir() if ARCHIVE_NAME.match(path.name))
    old = archives[:-keep]
    for path in old:
        path.unlink()
    return old
