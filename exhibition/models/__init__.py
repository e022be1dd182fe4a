from .archive import SeriesArchivePage
from .collectivites import CollectivitePage, RegionIndexPage
from .curators import CuratorTeam
from .editions import EditionPage, EditionPart, ExhibitorPage, Theme, Venue
from .home import HomePage, StandardPage
from .images import ExhibitionImage, ExhibitionRendition
from .legal import LegalPage
from .specialities import RegionalSpeciality, Season
from .tourism import TourismPage

__all__ = [
    "CollectivitePage",
    "CuratorTeam",
    "EditionPage",
    "EditionPart",
    "ExhibitionImage",
    "ExhibitionRendition",
    "ExhibitorPage",
    "HomePage",
    "LegalPage",
    "RegionIndexPage",
    "SeriesArchivePage",
    "RegionalSpeciality",
    "Season",
    "StandardPage",
    "Theme",
    "TourismPage",
    "Venue",
]
