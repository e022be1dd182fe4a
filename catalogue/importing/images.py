"""Photos for imported objects, matched by file name in an uploaded ZIP.

The archive is read in memory, member by member, and never extracted to disk: member paths
are only ever used as names to match. Archives that look hostile (paths leaving the
archive, encryption, compression ratios of a zip bomb) are refused as a whole; a member
that is not an image, or too big, fails only the rows that name it.
"""

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from PIL import Image as PILImage

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _

from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from catalogue.models import CraftObjectImage
from exhibition.models import ExhibitionImage

from .readers import ImportFileError

MAX_ZIP_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
# Photos barely compress; a member that unpacks to 100× its packed size is a zip bomb.
MAX_RATIO = 100
PILLOW_FORMATS = {"JPEG", "PNG", "GIF", "WEBP", "AVIF"}
COLLECTIVITES_COLLECTION = "Collectivités"
# Django's storage appends `_` and 7 random characters when a file name is taken.
STORAGE_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}$")


class ArchiveError(ImportFileError):
    """The ZIP of images cannot be used at all."""


def _path_key(name: str) -> str:
    """A member's path as rows and archives may both write it: «/» or «\\», any case."""
    return "/".join(part for part in re.split(r"[/\\]+", name.casefold()) if part not in ("", "."))


def file_name(name: str) -> str:
    """The name without its folders: «photos/knz-303.jpg» → «knz-303.jpg»."""
    return re.split(r"[/\\]", name)[-1]


def max_image_bytes() -> int:
    return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


class ImageArchive:
    def __init__(self, upload):
        self.name = PurePosixPath(getattr(upload, "name", "") or "images.zip").name
        size = getattr(upload, "size", None)
        if size is not None and size > MAX_ZIP_BYTES:
            raise ArchiveError(
                _("« %(name)s » dépasse %(size)s Mo : envoyez les images en plusieurs fois.")
                % {"name": self.name, "size": _mb(MAX_ZIP_BYTES)}
            )
        if hasattr(upload, "seek"):
            upload.seek(0)
        try:
            self.zip = zipfile.ZipFile(upload)
        except (zipfile.BadZipFile, OSError) as error:
            raise ArchiveError(
                _("« %(name)s » n’est pas un fichier ZIP lisible.") % {"name": self.name}
            ) from error
        # Members by file name, and by their whole path: a row may name «knz-303.jpg» or,
        # as the curator's folders have it, «photos/knz-303.jpg».
        self.members: dict[str, list[zipfile.ZipInfo]] = {}
        self.paths: dict[str, zipfile.ZipInfo] = {}
        self._loaded: dict[str, LoadedImage] = {}
        self._check()

    def _refuse(self, reason):
        raise ArchiveError(
            _("Le fichier ZIP « %(name)s » est refusé : %(reason)s")
            % {"name": self.name, "reason": reason}
        )

    def _check(self):
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            self._refuse(_("plus de %(max)s fichiers.") % {"max": MAX_MEMBERS})
        unpacked = 0
        for info in infos:
            path = info.filename
            parts = PureWindowsPath(path).parts
            if PurePosixPath(path).is_absolute() or PureWindowsPath(path).drive or ".." in parts:
                self._refuse(_("le chemin « %(path)s » sort de l’archive.") % {"path": path})
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                self._refuse(_("il est protégé par un mot de passe."))
            unpacked += info.file_size
            if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 2**20:
                self._refuse(_("« %(path)s » est anormalement compressé.") % {"path": path})
            basename = parts[-1]
            # Finder's resource forks and hidden files are not photos of the objects.
            if basename.startswith(".") or parts[0] == "__MACOSX":
                continue
            self.members.setdefault(basename.casefold(), []).append(info)
            self.paths[_path_key(path)] = info
        if unpacked > MAX_UNPACKED_BYTES:
            self._refuse(_("plus de %(size)s Mo une fois décompressé.") % {"size": _mb(unpacked)})

    def _infos(self, name: str) -> list[zipfile.ZipInfo]:
        """The members a row's name designates: its path if the ZIP has it, else every
        member of that file name, in whatever folder."""
        key = _path_key(name)
        if key in self.paths:
            return [self.paths[key]]
        return self.members.get(key.rsplit("/", 1)[-1], [])

    def __contains__(self, name: str) -> bool:
        return bool(self._infos(name))

    def load(self, name: str) -> "LoadedImage":
        key = _path_key(name)
        if key not in self._loaded:
            self._loaded[key] = self._load(name, self._infos(name))
        return self._loaded[key]

    def _load(self, name, infos) -> "LoadedImage":
        if len(infos) > 1:
            return LoadedImage(
                name,
                error=_(
                    "plusieurs fichiers du ZIP s’appellent « %(name)s » : écrivez aussi son "
                    "dossier, par exemple « %(path)s »."
                )
                % {"name": name, "path": infos[0].filename},
            )
        info = infos[0]
        limit = max_image_bytes()
        extension = PurePosixPath(info.filename).suffix.lower().lstrip(".")
        if extension not in getattr(settings, "WAGTAILIMAGES_EXTENSIONS", ["jpg", "png"]):
            return LoadedImage(name, error=_not_an_image(name))
        if info.file_size > limit:
            return LoadedImage(name, error=_too_big(name, limit))
        with self.zip.open(info) as member:
            data = member.read(limit + 1)  # the declared size may lie
        if len(data) > limit:
            return LoadedImage(name, error=_too_big(name, limit))
        try:
            with PILImage.open(io.BytesIO(data)) as picture:
                width, height = picture.size
                image_format = picture.format
                picture.verify()
        except Exception:  # Pillow raises many types for what is not an image
            return LoadedImage(name, error=_not_an_image(name))
        max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
        if image_format not in PILLOW_FORMATS:
            return LoadedImage(name, error=_not_an_image(name))
        if width * height > max_pixels:
            return LoadedImage(
                name,
                error=_("« %(name)s » compte trop de pixels (%(width)s × %(height)s).")
                % {"name": name, "width": width, "height": height},
            )
        return LoadedImage(name, data=data, sha1=hashlib.sha1(data).hexdigest())

    def close(self):
        self.zip.close()


def _not_an_image(name):
    return _("« %(name)s » n’est pas une image (JPEG, PNG, GIF, WebP ou AVIF).") % {"name": name}


def _too_big(name, limit):
    return _("« %(name)s » dépasse %(size)s Mo.") % {"name": name, "size": _mb(limit)}


@dataclass
class LoadedImage:
    name: str
    data: bytes | None = None
    sha1: str = ""
    error: str = ""


@dataclass
class PlannedImage:
    name: str
    alt: str
    image: ExhibitionImage | None = None  # an image already in the library
    upload: LoadedImage | None = None  # or a new one, from the ZIP


def stored_name(name: str) -> str:
    """The name Wagtail gives the file of an image uploaded as `name`, without folder."""
    return PurePosixPath(ExhibitionImage().get_upload_to(file_name(name))).name.casefold()


def _same_file(image: ExhibitionImage, name: str) -> bool:
    path = PurePosixPath(image.file.name)
    stem = STORAGE_SUFFIX.sub("", path.stem)
    return stored_name(name) in {path.name.casefold(), f"{stem}{path.suffix}".casefold()}


class Gallery:
    """Plans the gallery a row asks for, against the images the object already has."""

    def __init__(self, archive: ImageArchive | None):
        self.archive = archive
        self._hashes: dict[int, str] = {}

    def _hash(self, image: ExhibitionImage) -> str:
        if image.pk not in self._hashes:
            if image.file_hash:
                self._hashes[image.pk] = image.file_hash
            else:  # images saved without Wagtail's upload form (the demo) have none stored
                with image.open_file() as handle:
                    self._hashes[image.pk] = hash_filelike(handle)
        return self._hashes[image.pk]

    def plan(self, wanted, current_images) -> tuple[list[PlannedImage], list[str]]:
        """`wanted`: [(file name, alt text)]; `current_images`: the object's images."""
        planned, errors = [], []
        for name, alt in wanted:
            item = PlannedImage(name=name, alt=alt)
            if self.archive is not None and name in self.archive:
                loaded = self.archive.load(name)
                if loaded.error:
                    errors.append(loaded.error)
                    continue
                item.image = (
                    next(
                        (image for image in current_images if self._hash(image) == loaded.sha1),
                        None,
                    )
                    or ExhibitionImage.objects.filter(file_hash=loaded.sha1).first()
                )
                item.upload = None if item.image else loaded
            else:
                item.image = next(
                    (image for image in current_images if _same_file(image, name)), None
                )
                if item.image is None:
                    errors.append(
                        _("« %(name)s » est absent du fichier ZIP.") % {"name": name}
                        if self.archive is not None
                        else _("« %(name)s » : joignez le fichier ZIP des images.") % {"name": name}
                    )
                    continue
            planned.append(item)
        return planned, errors


def collection_for(collectivite) -> Collection:
    """The collectivité's own collection («Collectivités › Kanazawa») if it has one."""
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=COLLECTIVITES_COLLECTION).first()
    if parent is not None and collectivite is not None:
        own = parent.get_children().filter(name=collectivite.short_name).first()
        if own is not None:
            return own
    return root


def gallery_items(planned, *, page, user, collection, created: list) -> list[CraftObjectImage]:
    """The object's gallery, creating the images that are new; `created` collects them so
    that their files can be removed if the row fails after all. An image already in the
    gallery stays the same child (its translations' alt texts stay attached to it)."""
    current = {child.image_id: child for child in page.gallery_images.all()}
    items = []
    for position, item in enumerate(planned):
        image = item.image
        if image is None:
            image = ExhibitionImage(
                title=_("%(sku)s – %(title)s (%(position)s)")
                % {"sku": page.sku, "title": page.title, "position": position + 1},
                description=item.alt,
                collection=collection,
                uploaded_by_user=user,
                file=ImageFile(io.BytesIO(item.upload.data), name=file_name(item.name)),
            )
            image._set_image_file_metadata()
            image.save()
            created.append(image)
            item.image = image
        child = current.pop(image.pk, None) or CraftObjectImage(image=image)
        child.alt_text, child.sort_order = item.alt, position
        items.append(child)
    return items


def discard(images):
    """Remove images (and their files) created for a row that then failed."""
    for image in images:
        image.file.delete(save=False)
