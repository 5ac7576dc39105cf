"""The S3 store: any S3-compatible service (AWS, SeaweedFS, MinIO, Ceph, R2...), through boto3.

Writes are multipart uploads whose parts are sent as they fill (memory: one part per writer), and an
object exists only once the upload is completed (`publish`): S3 never serves a multipart upload that
was not completed, so a crash or an abort leaves nothing a reader can see (`abort` also frees the
parts). Reads are ranged GETs; ffmpeg / PyAV get presigned URLs.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from vidai_nb.engine.storage.base import NotFound, StorageError, WriterBase, check_key, content_type

PART_BYTES = 8 * 1024 * 1024  # S3's minimum part is 5 MB (except the last); 8 MB keeps memory small
STREAM_CHUNK = 1 << 20


def _missing(exc: ClientError) -> bool:
    code = str(exc.response.get("Error", {}).get("Code", ""))
    return code in ("404", "NoSuchKey", "NotFound")


@contextlib.contextmanager
def _reading(key: str) -> Iterator[None]:
    """A read's boto errors as the storage's own: a missing object is NotFound, the rest StorageError."""
    try:
        yield
    except ClientError as exc:
        if _missing(exc):
            raise NotFound(f"no such object: {key}") from exc
        raise StorageError(f"reading {key} failed ({_reason(exc)})") from exc
    except BotoCoreError as exc:
        raise StorageError(f"reading {key} failed ({_reason(exc)})") from exc


def _reason(exc: Exception) -> str:
    if isinstance(exc, ClientError):
        err = exc.response.get("Error", {})
        return f"{err.get('Code', 'error')}: {err.get('Message', '')}".strip(": ")
    return type(exc).__name__ + (f": {exc}" if str(exc) else "")


class S3Writer(WriterBase):
    """A put-stream: small objects are one PUT at publish; bigger ones a multipart upload whose parts
    go out as they fill. `write` blocks while a part is sent (call it from a thread in async code)."""

    def __init__(self, store: S3Storage, key: str, part_bytes: int = PART_BYTES) -> None:
        self.store = store
        self.key = key
        self.size = 0
        self.part_bytes = part_bytes
        self._buf = bytearray()
        self._upload_id: str | None = None
        self._parts: list[dict[str, Any]] = []

    def write(self, data: bytes) -> None:
        if self.published or self.aborted:
            raise ValueError(f"{self.key}: writer already closed")
        self._buf += data
        self.size += len(data)
        while len(self._buf) >= self.part_bytes:
            part = bytes(self._buf[: self.part_bytes])
            del self._buf[: self.part_bytes]
            self._send(part)

    def _send(self, part: bytes) -> None:
        s3, bucket, name = self.store.client, self.store.bucket, self.store.name(self.key)
        try:
            if self._upload_id is None:
                started = s3.create_multipart_upload(Bucket=bucket, Key=name, ContentType=content_type(name))
                self._upload_id = started["UploadId"]
            number = len(self._parts) + 1
            done = s3.upload_part(
                Bucket=bucket, Key=name, UploadId=self._upload_id, PartNumber=number, Body=part
            )
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"storing {self.key} failed ({_reason(exc)})") from exc
        self._parts.append({"PartNumber": number, "ETag": done["ETag"]})

    def publish(self) -> None:
        if self.published or self.aborted:
            raise ValueError(f"{self.key}: writer already closed")
        s3, bucket, name = self.store.client, self.store.bucket, self.store.name(self.key)
        try:
            if self._upload_id is None:
                s3.put_object(Bucket=bucket, Key=name, Body=bytes(self._buf), ContentType=content_type(name))
            else:
                if self._buf:
                    self._send(bytes(self._buf))
                s3.complete_multipart_upload(
                    Bucket=bucket, Key=name, UploadId=self._upload_id, MultipartUpload={"Parts": self._parts}
                )
        except (BotoCoreError, ClientError) as exc:
            self.abort()
            raise StorageError(f"storing {self.key} failed ({_reason(exc)})") from exc
        self._buf = bytearray()
        self.published = True

    def abort(self) -> None:
        if self.published or self.aborted:
            return
        self.aborted = True
        self._buf = bytearray()
        if self._upload_id is not None:
            # if this fails, the bucket's lifecycle rule for unfinished uploads cleans up (docs/deploy.md)
            with contextlib.suppress(BotoCoreError, ClientError):
                self.store.client.abort_multipart_upload(
                    Bucket=self.store.bucket, Key=self.store.name(self.key), UploadId=self._upload_id
                )


class S3Storage:
    kind = "s3"

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        endpoint_url: str | None = None,
        public_endpoint_url: str | None = None,
        region: str | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        url: str = "",
    ) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        if self.prefix:
            check_key(self.prefix)
        self.url = url or f"s3://{bucket}/{self.prefix}"
        self.part_bytes = PART_BYTES

        def client(endpoint: str | None) -> Any:
            # Path-style addressing for custom endpoints (SeaweedFS, MinIO: no per-bucket host names).
            cfg = Config(
                signature_version="s3v4",
                s3={"addressing_style": "path" if endpoint else "auto"},
                retries={"max_attempts": 3, "mode": "standard"},
                max_pool_connections=32,
            )
            return boto3.session.Session().client(
                "s3",
                endpoint_url=endpoint,
                region_name=region or "us-east-1",
                aws_access_key_id=access_key,
                aws_secret_access_key=secret_key,
                config=cfg,
            )

        self.client = client(endpoint_url)
        # Presigned links name the host clients reach (it may differ from the one the engine uses).
        self.public = client(public_endpoint_url) if public_endpoint_url else self.client

    @classmethod
    def from_env(cls, bucket: str, prefix: str, url: str, env: dict[str, str] | None = None) -> S3Storage:
        e = os.environ if env is None else env
        return cls(
            bucket,
            prefix,
            endpoint_url=e.get("AWS_ENDPOINT_URL_S3") or e.get("AWS_ENDPOINT_URL") or None,
            public_endpoint_url=e.get("VIDAI_STORAGE_PUBLIC_ENDPOINT") or None,
            region=e.get("AWS_REGION") or e.get("AWS_DEFAULT_REGION") or None,
            access_key=e.get("AWS_ACCESS_KEY_ID") or None,
            secret_key=e.get("AWS_SECRET_ACCESS_KEY") or None,
            url=url,
        )

    def name(self, key: str) -> str:
        """The S3 object name of a key (under the prefix)."""
        check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def writer(self, key: str) -> S3Writer:
        self.name(key)
        return S3Writer(self, key, self.part_bytes)

    def put_file(self, key: str, path: Path, move: bool = False) -> None:
        name = self.name(key)
        cfg = TransferConfig(multipart_threshold=self.part_bytes, multipart_chunksize=self.part_bytes,
                             max_concurrency=4)
        try:
            self.client.upload_file(
                str(path), self.bucket, name, ExtraArgs={"ContentType": content_type(name)}, Config=cfg
            )
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"storing {key} failed ({_reason(exc)})") from exc
        except Exception as exc:  # s3transfer wraps failures in its own exception types
            raise StorageError(f"storing {key} failed ({_reason(exc)})") from exc
        if move:
            Path(path).unlink(missing_ok=True)

    def _head(self, key: str) -> dict[str, Any]:
        with _reading(key):
            head: dict[str, Any] = self.client.head_object(Bucket=self.bucket, Key=self.name(key))
        return head

    def exists(self, key: str) -> bool:
        try:
            self._head(key)
        except NotFound:
            return False
        return True

    def size(self, key: str) -> int:
        return int(self._head(key)["ContentLength"])

    def _get(self, key: str, start: int, end: int | None) -> Any:
        rng = f"bytes={start}-" + ("" if end is None else str(end - 1))
        with _reading(key):
            return self.client.get_object(Bucket=self.bucket, Key=self.name(key), Range=rng)["Body"]

    def read_range(self, key: str, start: int, end: int) -> bytes:
        if end <= start:
            return b""
        body = self._get(key, start, end)
        try:
            data: bytes = body.read()
        finally:
            body.close()
        return data

    def open(self, key: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        body = self._get(key, start, end)  # errors surface here, before any byte is sent

        def chunks() -> Iterator[bytes]:
            try:
                yield from body.iter_chunks(STREAM_CHUNK)
            finally:
                body.close()

        return chunks()

    def presign(self, key: str, ttl_s: int, filename: str | None = None) -> str:
        params: dict[str, str] = {"Bucket": self.bucket, "Key": self.name(key)}
        if filename:
            safe = filename.replace('"', "").replace("\\", "")
            params["ResponseContentDisposition"] = f'inline; filename="{safe}"'
            params["ResponseContentType"] = content_type(filename)
        url: str = self.public.generate_presigned_url("get_object", Params=params, ExpiresIn=int(ttl_s))
        return url

    def local_path(self, key: str) -> Path | None:
        return None

    def source(self, key: str, ttl_s: int = 3600) -> str:
        url: str = self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": self.name(key)}, ExpiresIn=int(ttl_s)
        )
        return url

    def fetch(self, key: str, dest: Path) -> Path:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
        cfg = TransferConfig(multipart_threshold=self.part_bytes, multipart_chunksize=self.part_bytes,
                             max_concurrency=4)
        try:
            with _reading(key):
                self.client.download_file(self.bucket, self.name(key), str(tmp), Config=cfg)
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
        return dest

    def delete(self, key: str) -> None:
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self.name(key))
        except ClientError as exc:
            if not _missing(exc):
                raise StorageError(f"deleting {key} failed ({_reason(exc)})") from exc
        except BotoCoreError as exc:
            raise StorageError(f"deleting {key} failed ({_reason(exc)})") from exc

    def keys(self, prefix: str) -> Iterator[str]:
        for key, _modified in self.listing(prefix):
            yield key

    def _full(self, prefix: str) -> str:
        p = prefix.strip("/")
        if p:
            check_key(p)
        full = "/".join(x for x in (self.prefix, p) if x)
        return full + "/" if full else ""

    def listing(self, prefix: str) -> Iterator[tuple[str, datetime]]:
        """(key, last modified) of every object under `prefix` (for the orphan sweep)."""
        skip = len(self.prefix) + 1 if self.prefix else 0
        lister = self.client.get_paginator("list_objects_v2")
        pages = lister.paginate(Bucket=self.bucket, Prefix=self._full(prefix))
        try:
            for page in pages:
                for obj in page.get("Contents", []):
                    yield str(obj["Key"])[skip:], obj["LastModified"]
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"listing {prefix} failed ({_reason(exc)})") from exc

    def uploads_in_flight(self, prefix: str = "") -> list[tuple[str, str, datetime]]:
        """(key, upload id, started) of every multipart upload begun and neither completed nor aborted."""
        skip = len(self.prefix) + 1 if self.prefix else 0
        found: list[tuple[str, str, datetime]] = []
        args: dict[str, Any] = {"Bucket": self.bucket, "Prefix": self._full(prefix)}
        try:
            while True:
                page = self.client.list_multipart_uploads(**args)
                for up in page.get("Uploads", []):
                    found.append((str(up["Key"])[skip:], str(up["UploadId"]), up["Initiated"]))
                if not page.get("IsTruncated"):
                    return found
                args.update(KeyMarker=page.get("NextKeyMarker", ""),
                            UploadIdMarker=page.get("NextUploadIdMarker", ""))
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"listing unfinished uploads failed ({_reason(exc)})") from exc

    def abort_upload(self, key: str, upload_id: str) -> None:
        """Drop an unfinished multipart upload and its parts (nothing a reader could see)."""
        try:
            self.client.abort_multipart_upload(Bucket=self.bucket, Key=self.name(key), UploadId=upload_id)
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code", "")) != "NoSuchUpload":
                raise StorageError(f"aborting the upload of {key} failed ({_reason(exc)})") from exc
        except BotoCoreError as exc:
            raise StorageError(f"aborting the upload of {key} failed ({_reason(exc)})") from exc
