"""The six material categories of the 2021 edition («Shoku»).

They follow Japan's official classification of traditional crafts; curators may rename,
merge or add categories, so nothing outside the demo data relies on this list.
"""

MATERIALS = [
    dict(
        slug="laque",
        name="Laque",
        name_ja="漆器",
        romaji="shikki",
        description=(
            "La sève de l’arbre à laque (urushi) est appliquée en dizaines de couches fines, "
            "poncées une à une, sur une âme de bois. Le résultat est une surface profonde, légère "
            "et résistante, qui gagne en beauté à l’usage."
        ),
    ),
    dict(
        slug="porcelaine-ceramique",
        name="Porcelaine et céramique",
        name_ja="陶磁器",
        romaji="tōjiki",
        description=(
            "Des grès cuits au bois à la porcelaine peinte à la main, la céramique japonaise "
            "associe la terre de chaque région à des décors transmis depuis des siècles. Chaque "
            "pièce porte la marque du tour, du feu et du pinceau."
        ),
    ),
    dict(
        slug="metal",
        name="Artisanat des métaux",
        name_ja="金工品",
        romaji="kinkōhin",
        description=(
            "Fonte du cuivre et du bronze, martelage, patines obtenues par oxydation, forge des "
            "lames : le travail des métaux est l’un des savoir-faire les plus anciens de "
            "l’archipel. Il donne à la table des objets durables, qui se patinent avec le temps."
        ),
    ),
    dict(
        slug="bois",
        name="Bois",
        name_ja="木工品",
        romaji="mokkōhin",
        description=(
            "Assemblages sans clou ni colle, lattis de kumiko, sculpture et ébénisterie : les "
            "artisans du bois tirent parti du veinage et du parfum des essences japonaises. Leurs "
            "pièces sont légères, précises et faites pour durer."
        ),
    ),
    dict(
        slug="textile",
        name="Textile",
        name_ja="織物",
        romaji="orimono",
        description=(
            "Le tissage japonais de la soie allie une grande densité de fils de chaîne à des "
            "motifs codifiés depuis des siècles. À table, il habille sets, chemins de table et "
            "étuis d’une étoffe ferme et brillante."
        ),
    ),
    dict(
        slug="autres",
        name="Autres artisanats",
        name_ja="諸工芸品",
        romaji="shokōgeihin",
        description=(
            "Cette catégorie réunit des savoir-faire singuliers, comme la feuille d’or battue "
            "jusqu’à environ un dix-millième de millimètre. Elle rehausse laques, porcelaines et "
            "même les mets, pour une table de fête."
        ),
    ),
]
