from .artisans import Artisan
from .crafts import CraftTradition
from .feedback import VisitorFeedback
from .glossary import GlossaryTerm
from .materials import Material
from .objects import CraftObjectImage, CraftObjectPage, CraftObjectTag
from .pages import CataloguePage, MaterialIndexPage
from .scans import ObjectScan
from .search import SearchDocument

__all__ = [
    "Artisan",
    "CataloguePage",
    "CraftObjectImage",
    "CraftObjectPage",
    "CraftObjectTag",
    "CraftTradition",
    "GlossaryTerm",
    "Material",
    "MaterialIndexPage",
    "ObjectScan",
    "SearchDocument",
    "VisitorFeedback",
]
