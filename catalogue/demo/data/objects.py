"""The objects of the 2021 «Shoku» edition: illustrative table arts, 13 or 14 per collectivité.

Each object is written once, with its craft; its collectivité and material follow from the
craft (see collectivites.CRAFTS), so an object can never sit under the wrong region or
category. Prices are strings, to be read as Decimal.
"""

from .collectivites import CRAFTS

_CRAFTS = {craft["slug"]: craft for craft in CRAFTS}

_LAQUE = (
    "Laver à la main à l’eau tiède avec un peu de liquide vaisselle doux, puis essuyer aussitôt "
    "avec un linge doux. Ni lave-vaisselle, ni micro-ondes ; éviter le soleil direct et le "
    "trempage prolongé."
)
_KUMIKO = (
    "Dépoussiérer avec un pinceau doux. Essuyer avec un linge humide bien essoré puis laisser "
    "sécher à l’air. Ne pas tremper ni passer au lave-vaisselle."
)
_BOIS = (
    "Essuyer avec un linge sec ou à peine humide, sans laisser d’eau stagner. Tenir éloigné des "
    "sources de chaleur ; nourrir de temps à autre avec une huile ou une cire alimentaire."
)
_CARE = {
    "kumiko-niigata": _KUMIKO,
    "kumiko-nagano": _KUMIKO,
    "murakami-kibori-tsuishu": _LAQUE,
    "echizen-shikki": _LAQUE,
    "suruga-shikki": _LAQUE,
    "takaoka-doki": (
        "Laver à l’eau tiède et sécher immédiatement avec un linge doux. Éviter les éponges "
        "abrasives et le contact prolongé avec des aliments acides. La patine évolue avec "
        "l’usage : c’est la vie du métal."
    ),
    "kutani-yaki": (
        "Lavage à la main conseillé pour préserver le décor peint. Pas de micro-ondes pour les "
        "pièces rehaussées d’or ; éviter les chocs thermiques."
    ),
    "kanazawa-haku": (
        "Laver délicatement à la main avec une éponge douce, sans frotter la feuille d’or. "
        "Ni lave-vaisselle, ni micro-ondes."
    ),
    "echizen-yaki": (
        "Avant le premier usage, laisser tremper la pièce quelques minutes dans l’eau. Laver à "
        "la main et laisser sécher complètement avant de ranger, pour éviter les odeurs."
    ),
    "hakata-ori": (
        "Dépoussiérer à la brosse douce et tamponner aussitôt toute tache avec un linge humide. "
        "Nettoyage à sec recommandé ; repasser à basse température sous une pattemouille."
    ),
    "kawajiri-hamono": (
        "Laver à la main et essuyer aussitôt : l’acier au carbone peut rouiller. Jamais de "
        "lave-vaisselle. Couper sur une planche en bois et affûter sur pierre à eau."
    ),
    "sashimono-kumamoto": _BOIS,
    "karuizawa-bori": _BOIS,
}


def _obj(
    sku,
    title,
    japanese_name,
    *,
    craft,
    artisan,
    summary,
    description,
    story,
    size,
    weight_g,
    finish,
    pairing,
    tags,
    price,
    stock,
    images=2,
    care=None,
):
    width_mm, depth_mm, height_mm = size
    return dict(
        sku=sku,
        title=title,
        japanese_name=japanese_name,
        collectivite=_CRAFTS[craft]["collectivite"],
        material=_CRAFTS[craft]["material"],
        craft=craft,
        artisan=artisan,
        summary=summary,
        description=description,
        story=story,
        width_mm=width_mm,
        depth_mm=depth_mm,
        height_mm=height_mm,
        weight_g=weight_g,
        finish=finish,
        care=care or _CARE[craft],
        pairing=pairing,
        tags=tags,
        price=price,
        stock=stock,
        images=images,
    )


_NIIGATA = [
    _obj(
        "NII-001",
        "Sous-verres kumiko « Asanoha » (lot de 4)",
        "組子 コースター 麻の葉",
        craft="kumiko-niigata",
        artisan="atelier-kobayashi",
        summary=(
            "Quatre sous-verres en cèdre dont le lattis dessine la feuille de chanvre, motif de "
            "croissance et de protection."
        ),
        description=(
            "Chaque sous-verre réunit une soixantaine de lamelles de cèdre taillées et emboîtées "
            "à la main, sans clou ni colle. Le motif asanoha, étoile à six branches, laisse "
            "passer l’air et sèche vite. Une fine plaque de fond protège la table."
        ),
        story=(
            "Le motif asanoha ornait autrefois les cloisons et les portes coulissantes des "
            "maisons de Niigata. Réduit à la taille d’un sous-verre, il apporte à une table de "
            "verres à vin ou de tasses à thé la précision d’un savoir-faire de menuisier, sans "
            "rien perdre de sa légèreté."
        ),
        size=(90, 90, 8),
        weight_g=80,
        finish=(
            "Cèdre du Japon (sugi) naturel, fond en contreplaqué de tilleul, finition à l’huile "
            "végétale"
        ),
        pairing=(
            "Pour poser un verre de saké froid de Niigata ou une tasse de thé vert servie avec "
            "des kaki-no-tane, les craquelins de riz de Nagaoka."
        ),
        tags=["cadeau", "thé", "fait-main"],
        price="48.00",
        stock=10,
    ),
    _obj(
        "NII-002",
        "Dessous de plat kumiko « Kikkō »",
        "組子 鍋敷き 亀甲",
        craft="kumiko-niigata",
        artisan="atelier-kobayashi",
        summary=(
            "Un dessous de plat hexagonal au motif de carapace de tortue, symbole de longévité."
        ),
        description=(
            "Ce dessous de plat en hinoki assemble des lamelles épaisses, taillées pour supporter "
            "le poids et la chaleur d’une marmite en fonte ou d’un donabe. Le motif kikkō, fait "
            "d’hexagones imbriqués, répartit la charge sur tout le cadre."
        ),
        story=(
            "Les menuisiers réservaient les lamelles les plus fines aux portes de salon ; ici, le "
            "kumiko change d’échelle et de fonction. Posé au centre de la table, il accueille le "
            "plat que l’on partage et devient un objet de conversation."
        ),
        size=(200, 175, 15),
        weight_g=210,
        finish="Cyprès hinoki, lamelles de 4 mm, finition à l’huile végétale",
        pairing=(
            "Sous un donabe de riz Koshihikari cuit à la flamme ou une marmite de noppe, le "
            "pot-au-feu de légumes de Niigata."
        ),
        tags=["cuisine", "service", "fait-main"],
        price="65.00",
        stock=7,
    ),
    _obj(
        "NII-003",
        "Plateau kumiko « Fleurs de cerisier »",
        "組子 トレイ 桜",
        craft="kumiko-niigata",
        artisan="atelier-kobayashi",
        summary=(
            "Un plateau de service dont le fond en lattis laisse éclore des fleurs de cerisier."
        ),
        description=(
            "Le cadre du plateau est assemblé à tenons ; son fond en kumiko, protégé par une "
            "plaque de verre, forme une mosaïque de fleurs de cerisier à cinq pétales. Léger et "
            "rigide, il se prête au service du thé comme à l’apéritif."
        ),
        story=(
            "Le motif sakura demande plusieurs centaines de coupes ajustées au dixième de "
            "millimètre. Sous verre, le lattis devient une surface de service lisse et lavable, "
            "qui garde toute la profondeur du bois."
        ),
        size=(360, 240, 25),
        weight_g=620,
        finish="Cyprès hinoki et cèdre, plaque de verre trempé, finition à l’huile végétale",
        pairing=(
            "Pour servir des sasa-dango, gâteaux de riz à l’armoise enveloppés de bambou, avec un "
            "thé vert."
        ),
        tags=["plateau", "thé", "fait-main"],
        price="120.00",
        stock=4,
        images=3,
    ),
    _obj(
        "NII-004",
        "Lanterne de table kumiko « Asanoha »",
        "組子 行灯 麻の葉",
        craft="kumiko-niigata",
        artisan="atelier-kobayashi",
        summary="Une petite lanterne qui projette sur la nappe les ombres d’un lattis asanoha.",
        description=(
            "Quatre panneaux de kumiko doublés de papier washi entourent une source lumineuse LED "
            "sans chaleur. Allumée, la lanterne dessine sur la table une lumière douce et tamisée."
        ),
        story=(
            "Le lattis filtrait jadis la lumière des shōji ; il éclaire maintenant un dîner. La "
            "technique reste la même, mais la LED permet de poser la lanterne au milieu des plats "
            "en toute sécurité."
        ),
        size=(140, 140, 220),
        weight_g=450,
        finish="Cèdre du Japon, papier washi, éclairage LED rechargeable",
        pairing="Pour un dîner d’hiver autour d’un nabe, avec un saké de Niigata servi tiède.",
        tags=["décoration", "cadeau", "fait-main"],
        price="180.00",
        stock=3,
        images=3,
    ),
    _obj(
        "NII-005",
        "Boîte à bentō en cèdre à couvercle kumiko",
        "組子 弁当箱",
        craft="kumiko-niigata",
        artisan="atelier-kobayashi",
        summary="Une boîte à repas en cèdre dont le couvercle porte un panneau de kumiko.",
        description=(
            "La boîte, assemblée en cèdre du Japon, absorbe l’humidité du riz et le garde tendre. "
            "Son couvercle est incrusté d’un panneau de kumiko au motif de losanges."
        ),
        story=(
            "Le cèdre protège naturellement le riz et parfume légèrement le repas. Le couvercle "
            "ajouré en fait un objet que l’on a plaisir à ouvrir au bureau comme en pique-nique."
        ),
        size=(180, 110, 60),
        weight_g=240,
        finish="Cèdre du Japon (sugi) non verni à l’intérieur, couvercle en kumiko de hinoki",
        pairing="Idéale pour des onigiri de riz Koshihikari au saumon grillé de Murakami.",
        tags=["riz", "cuisine", "fait-main"],
        price="150.00",
        stock=5,
    ),
    _obj(
        "NII-006",
        "Repose-baguettes kumiko (lot de 5)",
        "組子 箸置き",
        craft="kumiko-niigata",
        artisan="atelier-kobayashi",
        summary=(
            "Cinq petits blocs de kumiko, chacun d’un motif différent, pour poser baguettes ou "
            "couverts."
        ),
        description=(
            "Chaque repose-baguettes est un échantillon de l’art du kumiko : asanoha, kikkō, "
            "goma, losange et fleur. Assez stables pour accueillir un couteau à la française."
        ),
        story=(
            "Autrefois, l’apprenti menuisier s’exerçait sur de petits carrés de lattis. Ces "
            "exercices deviennent ici des objets de table qui racontent, à chaque convive, un "
            "motif différent."
        ),
        size=(50, 25, 15),
        weight_g=45,
        finish="Cyprès hinoki, finition à l’huile végétale",
        pairing="Pour une table de fête autour d’un saké pétillant de Niigata.",
        tags=["couverts", "cadeau", "fait-main"],
        price="38.00",
        stock=12,
        images=1,
    ),
    _obj(
        "NII-007",
        "Sous-bouteille kumiko « Goma »",
        "組子 ボトルコースター 胡麻",
        craft="kumiko-niigata",
        artisan="atelier-kobayashi",
        summary=(
            "Un sous-bouteille rond pour poser la bouteille de saké ou la carafe au centre de la "
            "table."
        ),
        description=(
            "Le motif goma, croisillons rappelant des graines de sésame, est serti dans un cadre "
            "rond tourné. La base, légèrement surélevée, recueille les gouttes."
        ),
        story=(
            "Un cadre tourné, un lattis carré : deux métiers du bois se rencontrent pour mettre "
            "en valeur la bouteille que l’on partage."
        ),
        size=(120, 120, 12),
        weight_g=95,
        finish="Cèdre du Japon et hinoki, finition à l’huile végétale",
        pairing="Sous une bouteille de saké junmai ginjō de Niigata, servi frais.",
        tags=["saké", "service"],
        price="32.00",
        stock=9,
        images=1,
    ),
    _obj(
        "NII-008",
        "Plateau rond en laque sculptée « Pivoines »",
        "村上木彫堆朱 丸盆 牡丹",
        craft="murakami-kibori-tsuishu",
        artisan="atelier-saito",
        summary="Un plateau rond sculpté de pivoines en relief, puis laqué de vermillon profond.",
        description=(
            "Le sculpteur a d’abord creusé les pivoines dans le bois massif ; une dizaine de "
            "couches de laque vermillon ont ensuite été appliquées et polies. Le relief se patine "
            "doucement avec l’usage."
        ),
        story=(
            "Inspirés des laques sculptées chinoises, les artisans de Murakami ont choisi de "
            "sculpter le bois plutôt que la laque elle-même. Ce plateau garde ce geste ancien, "
            "mais son diamètre est pensé pour deux tasses et une théière."
        ),
        size=(300, 300, 25),
        weight_g=480,
        finish="Bois massif sculpté, laque urushi vermillon, polissage à la main",
        pairing="Pour servir le thé avec des gâteaux de riz sasa-dango.",
        tags=["plateau", "thé", "fait-main"],
        price="260.00",
        stock=3,
        images=3,
    ),
    _obj(
        "NII-009",
        "Soucoupes à thé en laque sculptée « Camélias » (lot de 5)",
        "村上木彫堆朱 茶托 椿",
        craft="murakami-kibori-tsuishu",
        artisan="atelier-saito",
        summary="Cinq soucoupes à thé (chataku) sculptées d’un camélia, pour recevoir les invités.",
        description=(
            "Les chataku, sur lesquelles on pose la tasse servie à un invité, sont un classique "
            "de la laque de Murakami. Chaque soucoupe est sculptée à la main d’un camélia "
            "différent."
        ),
        story=(
            "La soucoupe à thé est le premier geste de l’hospitalité japonaise. Elle accueille "
            "aussi bien une tasse à café qu’un yunomi, et habille une table d’inspiration "
            "française d’une touche de rouge."
        ),
        size=(120, 120, 20),
        weight_g=300,
        finish="Bois sculpté, laque urushi vermillon polie",
        pairing="Pour un thé vert accompagné de kaki-no-tane de Nagaoka.",
        tags=["thé", "café", "cadeau"],
        price="220.00",
        stock=2,
    ),
    _obj(
        "NII-010",
        "Assiettes à gâteaux en laque sculptée « Chrysanthème » (lot de 2)",
        "村上木彫堆朱 銘々皿 菊",
        craft="murakami-kibori-tsuishu",
        artisan="atelier-endo",
        summary=(
            "Deux petites assiettes à gâteaux au chrysanthème stylisé, sculpté en léger relief."
        ),
        description=(
            "Ces assiettes individuelles (meimei-zara) sont sculptées d’un chrysanthème à larges "
            "pétales, puis laquées en vermillon. Le relief reste discret, pour que la surface "
            "accueille une pâtisserie."
        ),
        story=(
            "L’atelier Endō simplifie le motif traditionnel pour une table contemporaine : le "
            "chrysanthème se lit comme un dessin graphique, qui accompagne aussi bien un wagashi "
            "qu’une tarte aux fruits."
        ),
        size=(150, 150, 18),
        weight_g=180,
        finish="Bois sculpté, laque urushi vermillon semi-mate",
        pairing="Pour un wagashi de saison ou une part de gâteau, avec un thé vert.",
        tags=["vaisselle", "thé", "cadeau"],
        price="75.00",
        stock=6,
    ),
    _obj(
        "NII-011",
        "Cuillères en laque sculptée (lot de 2)",
        "村上木彫堆朱 スプーン",
        craft="murakami-kibori-tsuishu",
        artisan="atelier-endo",
        summary="Deux cuillères légères, au manche sculpté de vaguelettes et laqué de vermillon.",
        description=(
            "La laque rend le bois imperméable et doux en bouche. Le manche est sculpté de fines "
            "vagues, laquées en plusieurs couches."
        ),
        story=(
            "La laque sculptée de Murakami était réservée aux plateaux et aux boîtes ; l’atelier "
            "Endō l’apporte jusqu’à la cuillère, pour un usage quotidien, de la soupe miso au "
            "yaourt du matin."
        ),
        size=(165, 35, 15),
        weight_g=40,
        finish="Bois de cerisier sculpté, laque urushi vermillon et noire",
        pairing="Pour une soupe miso ou un dessert au sirop de kuromitsu.",
        tags=["couverts", "cadeau", "fait-main"],
        price="44.00",
        stock=8,
        images=1,
    ),
    _obj(
        "NII-012",
        "Boîte à friandises en laque sculptée « Prunier »",
        "村上木彫堆朱 菓子器 梅",
        craft="murakami-kibori-tsuishu",
        artisan="atelier-saito",
        summary=(
            "Une boîte ronde à couvercle entièrement sculptée de branches de prunier en fleur, "
            "pièce unique."
        ),
        description=(
            "Le couvercle et les flancs de cette boîte à friandises (kashiki) sont sculptés d’un "
            "prunier en fleur. Plus de vingt couches de laque ont été nécessaires pour obtenir "
            "cette profondeur de vermillon."
        ),
        story=(
            "Le prunier annonce la fin de l’hiver dans la neige de Niigata. Cette boîte, destinée "
            "à présenter les douceurs aux invités, est une pièce de collection qui garde toute sa "
            "place à table."
        ),
        size=(180, 180, 90),
        weight_g=520,
        finish=(
            "Bois sculpté, laque urushi vermillon en plus de vingt couches, intérieur laqué noir"
        ),
        pairing=(
            "Pour présenter des wagashi ou des chocolats à la fin d’un repas, avec un saké doux."
        ),
        tags=["pièce-unique", "décoration", "fait-main"],
        price="340.00",
        stock=1,
        images=3,
    ),
    _obj(
        "NII-013",
        "Baguettes en laque sculptée",
        "村上木彫堆朱 箸",
        craft="murakami-kibori-tsuishu",
        artisan="atelier-endo",
        summary="Une paire de baguettes vermillon dont la tête porte un fin motif sculpté.",
        description=(
            "Chaque baguette est taillée dans le bois puis sculptée d’un motif de feuilles, avant "
            "d’être laquée. Les pointes, plus fines, sont mates pour bien saisir les aliments."
        ),
        story=(
            "La paire de baguettes est l’objet le plus personnel de la table japonaise. Celle-ci "
            "réunit en 23 centimètres le travail du sculpteur et celui du laqueur."
        ),
        size=(230, 10, 10),
        weight_g=20,
        finish="Bois sculpté, laque urushi vermillon, pointes mates",
        pairing="Pour un repas de riz Koshihikari et de saumon grillé de Murakami.",
        tags=["couverts", "cadeau"],
        price="28.00",
        stock=0,
        images=1,
    ),
]

_TOYAMA = [
    _obj(
        "TOY-001",
        "Plateau en cuivre patiné « Baie de Toyama »",
        "高岡銅器 銅板トレイ 富山湾",
        craft="takaoka-doki",
        artisan="atelier-ishida",
        summary=(
            "Un plateau en cuivre dont la patine, passée au feu, évoque les reflets de la baie de "
            "Toyama."
        ),
        description=(
            "Ce plateau rectangulaire est coloré à la main selon les techniques de patine de "
            "Takaoka : le métal chauffé reçoit des solutions minérales qui font naître des bruns, "
            "des roux et des bleus profonds. Aucune pièce n’a exactement la même patine."
        ),
        story=(
            "À Takaoka, la coloration (chakushoku) était un métier à part entière au service des "
            "cloches et des statues. Appliquée à un simple plateau, elle fait de l’objet de "
            "service un petit tableau, qui continue d’évoluer au fil des années."
        ),
        size=(320, 220, 15),
        weight_g=650,
        finish="Cuivre, patine au feu réalisée à la main, vernis de protection alimentaire",
        pairing=(
            "Pour présenter un assortiment de sashimi de la baie de Toyama, dont la crevette "
            "blanche, avec un saké sec du département."
        ),
        tags=["plateau", "service", "fait-main"],
        price="135.00",
        stock=5,
        images=3,
    ),
    _obj(
        "TOY-002",
        "Plateau rond en bronze ciselé « Vagues »",
        "高岡銅器 彫金 丸盆 波",
        craft="takaoka-doki",
        artisan="atelier-ueno",
        summary="Un plateau rond en bronze coulé, ciselé à la main d’un motif de vagues.",
        description=(
            "La pièce est coulée en bronze dans un moule de sable, puis le ciseleur y grave à la "
            "main des vagues concentriques. La lumière joue dans les sillons et donne au plateau "
            "une profondeur changeante."
        ),
        story=(
            "La fonte et la ciselure, deux métiers de Takaoka, collaborent ici sur un objet de "
            "service. Le motif de vagues, hérité des objets bouddhiques, devient le cadre d’un "
            "apéritif."
        ),
        size=(260, 260, 18),
        weight_g=1100,
        finish="Bronze coulé, ciselure à la main, patine brun doré",
        pairing=(
            "Pour un plateau de kobu-jime, poissons blancs marinés au kombu, avec un saké de "
            "Toyama."
        ),
        tags=["plateau", "service", "fait-main"],
        price="180.00",
        stock=4,
    ),
    _obj(
        "TOY-003",
        "Gobelet en cuivre à patine rouge",
        "高岡銅器 銅 タンブラー",
        craft="takaoka-doki",
        artisan="atelier-ishida",
        summary=(
            "Un gobelet en cuivre à l’intérieur étamé, qui garde les boissons fraîches plus "
            "longtemps."
        ),
        description=(
            "Le cuivre conduit le froid : une bière ou un shōchū à l’eau fraîche y restent frais "
            "et la paroi se couvre vite de buée. L’intérieur étamé protège la boisson, "
            "l’extérieur reçoit une patine rouge sombre."
        ),
        story=(
            "Né d’une tradition de fonderie d’objets rituels, le cuivre de Takaoka trouve dans ce "
            "gobelet un usage de tous les jours, pour l’apéritif comme pour le thé glacé."
        ),
        size=(80, 80, 110),
        weight_g=190,
        finish="Cuivre, intérieur étamé, patine rouge réalisée à la main",
        pairing=(
            "Pour une bière bien fraîche avec des hotaru-ika, calmars lucioles au miso vinaigré."
        ),
        tags=["cadeau", "service"],
        price="78.00",
        stock=10,
    ),
    _obj(
        "TOY-004",
        "Paire de coupes à saké en bronze",
        "高岡銅器 ぐい呑み 一対",
        craft="takaoka-doki",
        artisan="fonderie-morikawa",
        summary="Deux coupes à saké en bronze coulé, l’une dorée, l’autre brune.",
        description=(
            "Coulées dans le sable, ces guinomi ont une épaisseur qui garde le saké frais ou "
            "tiède. Leur intérieur est poli, l’extérieur garde la texture du moule."
        ),
        story=(
            "La fonderie Morikawa coulait autrefois des objets bouddhiques ; elle applique "
            "aujourd’hui le même savoir-faire à de petites coupes, offertes par paire comme un "
            "vœu de partage."
        ),
        size=(65, 65, 45),
        weight_g=260,
        finish="Bronze coulé au sable, intérieur poli, deux patines",
        pairing="Pour un saké junmai de Toyama servi avec des shiro-ebi en tempura.",
        tags=["saké", "cadeau"],
        price="96.00",
        stock=6,
    ),
    _obj(
        "TOY-005",
        "Réchaud à saké en cuivre (chirori)",
        "高岡銅器 銅 ちろり",
        craft="takaoka-doki",
        artisan="fonderie-morikawa",
        summary="Un pichet à anse en cuivre étamé, pour chauffer le saké au bain-marie.",
        description=(
            "Le chirori se plonge dans l’eau chaude : le cuivre transmet la chaleur en quelques "
            "minutes, pour un saké tiède ou chaud à la température voulue. Le bec verseur est "
            "taillé pour ne pas goutter."
        ),
        story=(
            "Objet des auberges et des comptoirs de l’époque d’Edo, le chirori revient à la table "
            "d’aujourd’hui ; il sert aussi, l’été, à rafraîchir le saké dans un bol de glace."
        ),
        size=(140, 90, 110),
        weight_g=310,
        finish="Cuivre, intérieur étamé, anse en laiton",
        pairing=(
            "Pour un saké chaud (atsukan) avec un bol d’oden ou des sashimi de sériole de Himi en "
            "hiver."
        ),
        tags=["saké", "service", "fait-main"],
        price="120.00",
        stock=4,
    ),
    _obj(
        "TOY-006",
        "Repose-baguettes en laiton « Feuilles de ginkgo » (lot de 5)",
        "高岡銅器 真鍮 箸置き 銀杏",
        craft="takaoka-doki",
        artisan="fonderie-morikawa",
        summary="Cinq feuilles de ginkgo en laiton coulé, chacune légèrement différente.",
        description=(
            "Coulées puis polies à la main, ces feuilles de ginkgo prennent avec le temps une "
            "teinte plus chaude. Leur poids les rend stables sous des baguettes comme sous un "
            "couteau."
        ),
        story=(
            "Un moule de sable, un métal en fusion, une feuille d’automne : ce petit objet résume "
            "quatre siècles de fonderie à Takaoka, à la mesure d’une table de tous les jours."
        ),
        size=(55, 40, 10),
        weight_g=220,
        finish="Laiton coulé, poli à la main",
        pairing="Pour un dîner d’automne autour de la sériole et du riz aux marrons.",
        tags=["couverts", "cadeau"],
        price="55.00",
        stock=12,
        images=1,
    ),
    _obj(
        "TOY-007",
        "Dessous de plat en laiton « Asanoha »",
        "高岡銅器 真鍮 鍋敷き 麻の葉",
        craft="takaoka-doki",
        artisan="fonderie-morikawa",
        summary="Un dessous de plat en laiton ajouré du motif de feuille de chanvre.",
        description=(
            "Coulé d’une seule pièce, ce dessous de plat supporte une cocotte brûlante. Ses "
            "petits pieds isolent la table de la chaleur."
        ),
        story=(
            "Le motif asanoha, familier des textiles et des lattis de bois, se coule ici dans le "
            "métal. Posé sur une nappe de lin, il associe la rigueur géométrique japonaise à la "
            "chaleur du laiton."
        ),
        size=(180, 180, 12),
        weight_g=520,
        finish="Laiton coulé, finition satinée",
        pairing="Sous une marmite de nabe aux fruits de mer de la baie de Toyama.",
        tags=["cuisine", "service"],
        price="64.00",
        stock=8,
    ),
    _obj(
        "TOY-008",
        "Vase soliflore en bronze « Vert-de-gris »",
        "高岡銅器 一輪挿し 緑青",
        craft="takaoka-doki",
        artisan="atelier-ishida",
        summary=(
            "Un petit vase en bronze patiné vert-de-gris, pour une fleur au centre de la table."
        ),
        description=(
            "La patine rokushō, vert-de-gris obtenu par une oxydation maîtrisée, recouvre ce "
            "soliflore coulé en bronze. Un tube intérieur étanche reçoit l’eau."
        ),
        story=(
            "Le vert-de-gris est la couleur des vieilles cloches et des toits de temple. Sur ce "
            "petit vase, il compose avec une seule tige de saison un décor de table à la "
            "japonaise."
        ),
        size=(60, 60, 150),
        weight_g=380,
        finish="Bronze coulé, patine verte rokushō, tube intérieur étanche",
        pairing=(
            "Avec une branche de prunier ou de cerisier, pour accompagner un repas de printemps."
        ),
        tags=["décoration", "cadeau"],
        price="88.00",
        stock=7,
    ),
    _obj(
        "TOY-009",
        "Boîte à thé en cuivre patiné",
        "高岡銅器 銅 茶筒",
        craft="takaoka-doki",
        artisan="atelier-ishida",
        summary=(
            "Une boîte à thé dont le couvercle glisse et se ferme de lui-même, presque "
            "hermétiquement."
        ),
        description=(
            "Le couvercle est ajusté au corps avec une telle précision qu’il descend lentement en "
            "chassant l’air. Le cuivre protège le thé de la lumière et de l’humidité."
        ),
        story=(
            "La patine brune rappelle les objets de fonderie anciens, mais la boîte est faite "
            "pour le sencha ou le café du quotidien ; elle s’éclaircit là où la main la saisit."
        ),
        size=(75, 75, 110),
        weight_g=210,
        finish="Cuivre, patine brune au feu, intérieur étamé",
        pairing="Pour conserver un sencha ou un thé torréfié hōjicha.",
        tags=["thé", "café", "cadeau"],
        price="110.00",
        stock=6,
    ),
    _obj(
        "TOY-010",
        "Coupelles à condiments en bronze (paire)",
        "高岡銅器 豆皿 一対",
        craft="takaoka-doki",
        artisan="fonderie-morikawa",
        summary="Deux petites coupelles pour la sauce soja, le wasabi ou le sel.",
        description=(
            "Coulées en bronze et polies à l’intérieur, ces coupelles gardent la texture de la "
            "fonte sur leurs bords. Elles accueillent condiments, sel ou amuse-bouches."
        ),
        story=(
            "À la manière des mamezara, les petites assiettes de la table japonaise, elles font "
            "voyager un savoir-faire de fonderie jusqu’au plus petit geste du repas."
        ),
        size=(80, 80, 18),
        weight_g=240,
        finish="Bronze coulé, intérieur poli",
        pairing=(
            "Pour la sauce soja d’un sashimi de calmar luciole, ou pour du sel et de l’huile "
            "d’olive."
        ),
        tags=["vaisselle", "service"],
        price="46.00",
        stock=9,
        images=1,
    ),
    _obj(
        "TOY-011",
        "Rafraîchisseur à saké en cuivre martelé",
        "高岡銅器 銅 酒クーラー",
        craft="takaoka-doki",
        artisan="atelier-ueno",
        summary="Un seau à glace en cuivre, assez grand pour une bouteille de saké de 720 ml.",
        description=(
            "Les flancs de ce rafraîchisseur sont travaillés au marteau, qui laisse une multitude "
            "de facettes. Le cuivre transmet vite le froid de la glace à la bouteille."
        ),
        story=(
            "Conçu pour la bouteille de saké, il accueille tout aussi bien un vin blanc ou un "
            "champagne. Le martelage, fait à la main, capte la lumière de la table."
        ),
        size=(170, 170, 200),
        weight_g=1300,
        finish="Cuivre martelé à la main, intérieur étamé, patine naturelle",
        pairing="Pour un saké ginjō bien frais de Toyama, servi avec des shiro-ebi crues.",
        tags=["saké", "service", "fait-main"],
        price="260.00",
        stock=2,
        images=3,
    ),
    _obj(
        "TOY-012",
        "Cuillères à dessert en laiton (lot de 4)",
        "高岡銅器 真鍮 デザートスプーン",
        craft="takaoka-doki",
        artisan="fonderie-morikawa",
        summary=(
            "Quatre cuillères à dessert en laiton massif, dont le manche reprend la forme d’une "
            "feuille de bambou."
        ),
        description=(
            "Coulées puis polies, ces cuillères ont un poids agréable en main. Le laiton se "
            "patine légèrement et retrouve son éclat avec un simple chiffon."
        ),
        story=(
            "La fonderie, art des objets monumentaux à Takaoka, se fait ici minuscule : la "
            "cuillère sert autant la crème glacée au matcha que la mousse au chocolat."
        ),
        size=(140, 30, 15),
        weight_g=160,
        finish="Laiton massif coulé et poli",
        pairing="Pour une glace au thé matcha ou un yōkan coupé en dés.",
        tags=["couverts", "cadeau"],
        price="52.00",
        stock=0,
        images=1,
    ),
    _obj(
        "TOY-013",
        "Plat de service en bronze ciselé « Nuages »",
        "高岡銅器 彫金 大皿 雲",
        craft="takaoka-doki",
        artisan="atelier-ueno",
        summary=(
            "Un grand plat en bronze, ciselé de nuages stylisés et patiné à la main, pièce unique."
        ),
        description=(
            "Coulé d’une seule pièce, ce grand plat a été ciselé pendant plusieurs jours d’un "
            "motif de nuages qui court sur tout le marli. La patine brun doré souligne les "
            "reliefs."
        ),
        story=(
            "Les nuages stylisés décoraient autrefois les objets d’autel. Sur ce plat, ils "
            "encadrent un buffet de fête et transforment le service en moment de cérémonie."
        ),
        size=(380, 380, 40),
        weight_g=2300,
        finish="Bronze coulé, ciselure à la main, patine brun doré",
        pairing="Pour un plateau de masu-zushi et de sashimi lors d’une grande tablée.",
        tags=["pièce-unique", "service", "décoration"],
        price="420.00",
        stock=1,
        images=3,
    ),
]

_KANAZAWA = [
    _obj(
        "KNZ-001",
        "Repose-baguettes Kutani « Pivoines » (lot de 5)",
        "九谷焼 箸置き 牡丹",
        craft="kutani-yaki",
        artisan="atelier-hayashi",
        summary=(
            "Cinq repose-baguettes en porcelaine, peints à la main de pivoines aux cinq couleurs "
            "de Kutani."
        ),
        description=(
            "Chaque repose-baguettes reçoit un décor complet de pivoines et de feuillages, peint "
            "au pinceau dans les cinq couleurs de Kutani : vert, jaune, violet, bleu profond et "
            "rouge. Les cinq pièces sont assorties mais jamais identiques."
        ),
        story=(
            "Les pivoines des grands plats de l’époque d’Edo se retrouvent à l’échelle d’un "
            "repose-baguettes. Sur une table dressée à la française, ils servent aussi de "
            "porte-couteau et apportent une note de couleur à chaque couvert."
        ),
        size=(60, 20, 12),
        weight_g=175,
        finish="Porcelaine émaillée, décor peint à la main aux cinq couleurs de Kutani",
        pairing="Idéal pour un sashimi de daurade et un saké junmai d’Ishikawa.",
        tags=["cadeau", "couverts", "fait-main"],
        price="48.00",
        stock=6,
    ),
    _obj(
        "KNZ-002",
        "Assiette Kutani « Cinq couleurs »",
        "九谷焼 五彩 皿",
        craft="kutani-yaki",
        artisan="atelier-hayashi",
        summary=(
            "Une assiette de 21 cm dont le décor couvre toute la surface, dans la pure tradition "
            "de Kutani."
        ),
        description=(
            "Le centre représente un oiseau sur une branche fleurie, encadré d’une frise "
            "géométrique. Les émaux de couleur, posés en épaisseur, gardent un léger relief sous "
            "le doigt."
        ),
        story=(
            "La porcelaine de Kutani se reconnaît à sa couleur qui ne laisse presque aucune place "
            "au blanc. Cette assiette de présentation accueille aussi bien un dessert à la "
            "française qu’un assortiment d’otsumami."
        ),
        size=(210, 210, 30),
        weight_g=420,
        finish="Porcelaine, émaux de couleur gosai peints à la main",
        pairing=(
            "Pour une part de jibu-ni, le canard mijoté de Kanazawa, ou un dessert aux fruits "
            "rouges."
        ),
        tags=["vaisselle", "fait-main", "cadeau"],
        price="140.00",
        stock=4,
        images=3,
    ),
    _obj(
        "KNZ-003",
        "Tasse à thé Kutani « Oiseaux et fleurs »",
        "九谷焼 湯呑 花鳥",
        craft="kutani-yaki",
        artisan="atelier-hayashi",
        summary="Une tasse à thé (yunomi) ornée d’un décor d’oiseaux et de fleurs.",
        description=(
            "Le yunomi, tasse sans anse, se tient à deux mains. Le décor kachō (fleurs et "
            "oiseaux) en fait le tour, et une petite fleur est peinte au fond de la tasse."
        ),
        story=(
            "Le motif des fleurs et des oiseaux, hérité de la peinture chinoise, est au cœur du "
            "vocabulaire de Kutani. Il accompagne ici le geste quotidien du thé, chez soi comme "
            "au bureau."
        ),
        size=(75, 75, 85),
        weight_g=170,
        finish="Porcelaine, décor peint à la main aux cinq couleurs",
        pairing="Pour un Kaga bōcha, le thé de tiges torréfiées de Kanazawa, avec un namagashi.",
        tags=["thé", "cadeau", "fait-main"],
        price="58.00",
        stock=8,
    ),
    _obj(
        "KNZ-004",
        "Coupe à saké akae « Traits fins »",
        "九谷焼 赤絵細描 盃",
        craft="kutani-yaki",
        artisan="atelier-yamazaki",
        summary=(
            "Une coupe à saké peinte au rouge de fer de motifs d’une extrême finesse, pièce unique."
        ),
        description=(
            "Le décor akae saibyō est tracé au pinceau le plus fin, ligne après ligne, en rouge "
            "de fer rehaussé d’or. Il a fallu plusieurs jours pour peindre cette petite coupe."
        ),
        story=(
            "La peinture de traits fins au rouge est une spécialité de Kutani qui demande une "
            "main d’une sûreté absolue. Sur une coupe à saké, elle se découvre au fil de la "
            "dégustation."
        ),
        size=(70, 70, 35),
        weight_g=60,
        finish="Porcelaine, décor au rouge de fer et or, peint à la main",
        pairing="Pour un saké junmai daiginjō d’Ishikawa, servi frais avec de la nodoguro grillée.",
        tags=["saké", "pièce-unique", "fait-main"],
        price="85.00",
        stock=1,
    ),
    _obj(
        "KNZ-005",
        "Tasse à café et soucoupe Kutani « Géométrie »",
        "九谷焼 コーヒーカップ&ソーサー",
        craft="kutani-yaki",
        artisan="atelier-yamazaki",
        summary=(
            "Une tasse à café à anse dont les motifs traditionnels se recomposent en frises "
            "graphiques."
        ),
        description=(
            "Damiers, vagues et écailles, motifs anciens de Kutani, sont peints en bandes "
            "alternées. La soucoupe reprend une seule de ces frises pour équilibrer l’ensemble."
        ),
        story=(
            "La porcelaine de Kutani a toujours su s’adapter : dès l’ère Meiji, elle s’exportait "
            "en Europe sous forme de services à thé. Cette tasse à café prolonge l’histoire, avec "
            "des motifs anciens composés comme un dessin contemporain."
        ),
        size=(110, 85, 70),
        weight_g=230,
        finish="Porcelaine, décor peint à la main, rehauts d’or",
        pairing="Pour un café filtre accompagné d’un petit gâteau à la feuille d’or de Kanazawa.",
        tags=["café", "cadeau", "fait-main"],
        price="96.00",
        stock=5,
    ),
    _obj(
        "KNZ-006",
        "Bol à riz Kutani « Vagues »",
        "九谷焼 飯碗 青海波",
        craft="kutani-yaki",
        artisan="atelier-hayashi",
        summary="Un bol à riz décoré du motif seigaiha, vagues en écailles, en bleu et vert.",
        description=(
            "Léger et bien équilibré, ce bol à riz porte à l’extérieur une frise de vagues "
            "seigaiha. L’intérieur, laissé blanc, met en valeur le grain du riz."
        ),
        story=(
            "Le motif des vagues promet une vie paisible et durable. Le bol à riz est l’objet le "
            "plus personnel de la vaisselle japonaise ; celui-ci se prête aussi à une soupe ou à "
            "un dessert."
        ),
        size=(120, 120, 65),
        weight_g=150,
        finish="Porcelaine, décor peint à la main en bleu et vert",
        pairing=(
            "Pour un riz blanc fumant accompagné de kabura-zushi, spécialité d’hiver de Kanazawa."
        ),
        tags=["riz", "bol", "vaisselle"],
        price="48.00",
        stock=10,
    ),
    _obj(
        "KNZ-007",
        "Petites assiettes Kutani « Quatre saisons » (lot de 5)",
        "九谷焼 豆皿 四季",
        craft="kutani-yaki",
        artisan="atelier-yamazaki",
        summary="Cinq mamezara de 9 cm, chacune peinte d’un motif de saison.",
        description=(
            "Cerisiers, iris, érables, pins sous la neige et fleurs de prunier : chaque petite "
            "assiette évoque un moment de l’année. On les utilise pour les condiments, les "
            "amuse-bouches ou les douceurs."
        ),
        story=(
            "Les mamezara sont une passion japonaise : on en collectionne des dizaines. Ces "
            "cinq-là permettent de composer un apéritif qui change avec les saisons."
        ),
        size=(90, 90, 20),
        weight_g=300,
        finish="Porcelaine, décors peints à la main",
        pairing=(
            "Pour un assortiment d’otsumami : œufs de saumon, légumes marinés, sashimi de "
            "crevette douce."
        ),
        tags=["vaisselle", "cadeau", "service"],
        price="75.00",
        stock=0,
    ),
    _obj(
        "KNZ-008",
        "Théière Kutani « Grues »",
        "九谷焼 急須 鶴",
        craft="kutani-yaki",
        artisan="atelier-hayashi",
        summary="Une théière à manche latéral (kyūsu) ornée de grues en vol.",
        description=(
            "Le kyūsu, avec son manche latéral et son filtre intégré, est conçu pour l’infusion "
            "du thé vert. Les grues, symbole de longévité, volent autour du corps de la théière."
        ),
        story=(
            "Peinte à la main comme une pièce d’apparat, cette théière est pourtant faite pour "
            "servir chaque jour. Elle convient aussi bien au sencha qu’aux thés verts torréfiés."
        ),
        size=(150, 110, 95),
        weight_g=330,
        finish="Porcelaine, filtre intégré, décor peint à la main aux cinq couleurs",
        pairing="Pour infuser un Kaga bōcha ou un sencha, avec des wagashi de Kanazawa.",
        tags=["thé", "service", "fait-main"],
        price="180.00",
        stock=3,
        images=3,
    ),
    _obj(
        "KNZ-009",
        "Baguettes laquées à la feuille d’or",
        "金沢箔 箸",
        craft="kanazawa-haku",
        artisan="atelier-nakamura",
        summary="Une paire de baguettes laquées noir, dont la tête est couverte de feuille d’or.",
        description=(
            "La feuille d’or est posée à la main sur la laque encore collante, puis protégée par "
            "une fine couche de laque transparente. La pointe reste noire et mate."
        ),
        story=(
            "À Kanazawa, l’or se pose jusque sur les objets les plus simples. Offertes par paire, "
            "ces baguettes sont un cadeau traditionnel pour les grandes occasions."
        ),
        size=(230, 10, 10),
        weight_g=20,
        finish="Bois laqué noir, feuille d’or de Kanazawa, laque de protection",
        pairing="Pour un repas de fête autour d’un bol de fruits de mer d’Ōmichō.",
        tags=["couverts", "cadeau"],
        price="24.00",
        stock=12,
        images=1,
    ),
    _obj(
        "KNZ-010",
        "Plateau laqué « Pluie d’or »",
        "金沢箔 盆 金砂子",
        craft="kanazawa-haku",
        artisan="atelier-nakamura",
        summary="Un plateau laqué noir sur lequel des parcelles d’or semblent tomber en pluie.",
        description=(
            "Des paillettes et des carrés de feuille d’or (kirigane) sont semés sur la laque "
            "noire en un dégradé, du bord vers le centre. Une laque de protection rend la surface "
            "lisse et utilisable."
        ),
        story=(
            "La technique du sunago, ou semis de poudre d’or, vient de la décoration des "
            "paravents et des écritoires. Sur ce plateau, elle met en scène un service de thé ou "
            "un apéritif de fête."
        ),
        size=(330, 240, 20),
        weight_g=380,
        finish="Bois laqué noir, feuille et poudre d’or de Kanazawa, laque de protection",
        pairing="Pour servir un matcha et un namagashi, ou des flûtes de saké pétillant.",
        tags=["plateau", "thé", "cadeau"],
        price="160.00",
        stock=4,
        images=3,
    ),
    _obj(
        "KNZ-011",
        "Coupes à saké en verre à la feuille d’or (paire)",
        "金沢箔 ガラス ぐい呑み 一対",
        craft="kanazawa-haku",
        artisan="atelier-nakamura",
        summary="Deux coupes en verre soufflé dont le fond est orné d’une feuille d’or.",
        description=(
            "La feuille d’or est appliquée au fond de chaque coupe, sous une protection "
            "transparente, et semble flotter lorsque l’on verse le saké. Le verre laisse voir la "
            "limpidité de la boisson."
        ),
        story=(
            "L’or de Kanazawa rencontre le verre pour un usage résolument contemporain. Ces "
            "coupes accueillent aussi bien un saké frais qu’un vin doux."
        ),
        size=(70, 70, 60),
        weight_g=180,
        finish="Verre soufflé, feuille d’or de Kanazawa sous laque de protection",
        pairing="Pour un saké frais d’Ishikawa, servi avec de la nodoguro grillée.",
        tags=["saké", "cadeau"],
        price="68.00",
        stock=7,
    ),
    _obj(
        "KNZ-012",
        "Paillettes d’or alimentaire",
        "食用金箔",
        craft="kanazawa-haku",
        artisan="atelier-nakamura",
        summary=(
            "Un petit flacon de paillettes de feuille d’or comestible, pour décorer mets et "
            "boissons."
        ),
        description=(
            "L’or, inerte, est sans goût ni effet sur la santé. Ces paillettes se déposent à la "
            "pince sur un dessert, un sushi ou dans une coupe de saké, à la manière des sakés de "
            "Nouvel An de Kanazawa."
        ),
        story=(
            "Au Japon, on boit volontiers pour le Nouvel An un saké parsemé de feuille d’or, gage "
            "de prospérité. Ce petit flacon apporte ce rite de fête à toutes les tables."
        ),
        size=(40, 40, 50),
        weight_g=30,
        finish="Paillettes de feuille d’or alimentaire, flacon en verre",
        pairing="Sur un saké de Nouvel An, un dessert au chocolat ou une huître.",
        tags=["cadeau", "saké", "cuisine"],
        price="18.00",
        stock=12,
        images=1,
        care=(
            "Conserver au sec, à l’abri de l’humidité et de la lumière. Prélever les paillettes "
            "avec une pince sèche : elles collent aux doigts."
        ),
    ),
    _obj(
        "KNZ-013",
        "Assiette en porcelaine blanche à la feuille d’or « Lune »",
        "金沢箔 白磁 皿 月",
        craft="kanazawa-haku",
        artisan="atelier-nakamura",
        summary=(
            "Une assiette de porcelaine blanche sur laquelle une pleine lune d’or est posée à la "
            "main."
        ),
        description=(
            "Le disque d’or, appliqué feuille à feuille puis fixé par cuisson, occupe un côté de "
            "l’assiette et laisse au blanc toute sa place. L’or est légèrement froissé, comme une "
            "lune voilée."
        ),
        story=(
            "Sobre et lumineuse, cette assiette marie le blanc de la porcelaine et l’or de "
            "Kanazawa. Elle convient aussi bien à un dessert à la française qu’à un wagashi "
            "d’automne pour la contemplation de la lune."
        ),
        size=(200, 200, 25),
        weight_g=390,
        finish="Porcelaine blanche, feuille d’or de Kanazawa fixée par cuisson",
        pairing=(
            "Pour un tsukimi dango, boulettes de riz de la fête de la lune, ou une tarte aux "
            "poires."
        ),
        tags=["vaisselle", "décoration", "cadeau"],
        price="95.00",
        stock=5,
    ),
    _obj(
        "KNZ-014",
        "Sous-verres laqués à la feuille d’or (lot de 2)",
        "金沢箔 コースター",
        craft="kanazawa-haku",
        artisan="atelier-nakamura",
        summary="Deux sous-verres laqués de noir, chacun orné d’un carré de feuille d’or.",
        description=(
            "La feuille d’or est posée sur une laque noire profonde et protégée par une laque "
            "transparente, qui la rend résistante à l’humidité des verres."
        ),
        story=(
            "Un carré d’or sur fond noir : le contraste cher aux laques de Kanazawa, ramené à un "
            "objet de tous les jours, pour une table de fête comme pour un verre de saké le soir."
        ),
        size=(95, 95, 6),
        weight_g=70,
        finish="Bois laqué noir, feuille d’or de Kanazawa, laque de protection",
        pairing="Pour poser un verre de saké frais ou une tasse de Kaga bōcha.",
        tags=["cadeau", "décoration"],
        price="42.00",
        stock=9,
        images=1,
    ),
]

_FUKUI = [
    _obj(
        "FKI-001",
        "Paire de bols laqués noir et rouge « Meoto »",
        "越前漆器 夫婦椀",
        craft="echizen-shikki",
        artisan="atelier-yoshida",
        summary=(
            "Deux bols à soupe laqués, l’un noir, l’autre vermillon, offerts traditionnellement "
            "aux couples."
        ),
        description=(
            "Tournés dans le bois de zelkova, ces bols reçoivent plusieurs couches de laque "
            "urushi, noire pour le plus grand, vermillon pour le plus petit. Légers et isolants, "
            "ils gardent la soupe chaude sans brûler les doigts."
        ),
        story=(
            "Les meoto-wan, bols de couple, sont un cadeau de mariage classique au Japon. Les "
            "laqueurs de Sabae en ont fait un objet de tous les jours, qui convient autant à la "
            "soupe miso qu’à un velouté de saison."
        ),
        size=(120, 120, 75),
        weight_g=190,
        finish="Bois de zelkova tourné, laque urushi noire et vermillon, polie à la main",
        pairing="Pour une soupe miso aux coquillages ou un bouillon clair de crabe d’Echizen.",
        tags=["bol", "cadeau", "fait-main"],
        price="95.00",
        stock=6,
        images=3,
    ),
    _obj(
        "FKI-002",
        "Boîte à repas laquée à trois étages (jūbako)",
        "越前漆器 三段重",
        craft="echizen-shikki",
        artisan="atelier-yoshida",
        summary=(
            "Une boîte gigogne laquée noir et vermillon, pour le repas du Nouvel An ou les "
            "pique-niques."
        ),
        description=(
            "Les trois étages s’empilent parfaitement et se partagent un seul couvercle. "
            "L’extérieur est noir profond, l’intérieur vermillon met en valeur les mets."
        ),
        story=(
            "Le jūbako accueille les osechi, plats du Nouvel An. Ses compartiments se prêtent "
            "tout autant à un buffet de fête ou à un pique-nique sous les cerisiers."
        ),
        size=(210, 210, 200),
        weight_g=1400,
        finish="Bois, laque urushi noire à l’extérieur, vermillon à l’intérieur",
        pairing="Pour un repas du Nouvel An ou un pique-nique de hanami, avec du saké de Fukui.",
        tags=["service", "cadeau", "fait-main"],
        price="380.00",
        stock=2,
        images=3,
    ),
    _obj(
        "FKI-003",
        "Plateau laqué rectangulaire noir",
        "越前漆器 長手盆",
        craft="echizen-shikki",
        artisan="atelier-yoshida",
        summary="Un plateau individuel laqué noir, pour servir un repas complet à la japonaise.",
        description=(
            "Sur ce plateau rectangulaire trouvent place un bol de riz, un bol de soupe et deux "
            "petites assiettes. Les bords relevés et la laque noire soulignent la couleur des "
            "mets."
        ),
        story=(
            "Héritier des plateaux des auberges japonaises, il devient set de table individuel "
            "sur une grande table en bois, ou plateau de petit-déjeuner au lit."
        ),
        size=(420, 300, 22),
        weight_g=560,
        finish="Bois, laque urushi noire, finition polie",
        pairing=(
            "Pour un repas complet : riz, soupe, poisson grillé et heshiko, le maquereau fermenté "
            "de Fukui."
        ),
        tags=["plateau", "service"],
        price="68.00",
        stock=10,
    ),
    _obj(
        "FKI-004",
        "Gobelet laqué vermillon",
        "越前漆器 漆 タンブラー",
        craft="echizen-shikki",
        artisan="atelier-matsui",
        summary=(
            "Un gobelet en bois laqué, léger et doux aux lèvres, pour le thé, le café ou l’eau."
        ),
        description=(
            "Tourné dans un bois léger et laqué de plusieurs couches de vermillon, ce gobelet "
            "isole les boissons chaudes comme froides. Sa finition semi-mate offre une bonne "
            "prise en main."
        ),
        story=(
            "La laque d’Echizen servait surtout aux bols et aux plateaux des restaurants ; "
            "l’atelier Matsui l’emploie pour un gobelet de tous les jours, aussi à l’aise avec un "
            "café qu’avec un thé glacé."
        ),
        size=(80, 80, 95),
        weight_g=90,
        finish="Bois tourné, laque urushi vermillon semi-mate",
        pairing="Pour un café du matin ou un thé glacé, avec un habutae mochi, douceur de Fukui.",
        tags=["café", "thé", "cadeau"],
        price="58.00",
        stock=8,
    ),
    _obj(
        "FKI-005",
        "Baguettes laquées d’Echizen",
        "越前漆器 箸",
        craft="echizen-shikki",
        artisan="atelier-yoshida",
        summary="Une paire de baguettes laquées noir à pointes vermillon.",
        description=(
            "Huit faces taillées assurent une bonne prise ; la laque protège le bois de "
            "l’humidité et rend les baguettes agréables en bouche."
        ),
        story=(
            "Simples et solides, ce sont les baguettes des auberges de Fukui. Elles trouvent leur "
            "place sur toutes les tables, en complément des couverts."
        ),
        size=(230, 10, 10),
        weight_g=18,
        finish="Bois, laque urushi noire et vermillon",
        pairing="Pour un bol d’oroshi soba d’Echizen, nouilles froides au radis râpé.",
        tags=["couverts", "cadeau"],
        price="22.00",
        stock=12,
        images=1,
    ),
    _obj(
        "FKI-006",
        "Plat de service laqué mat",
        "越前漆器 大皿",
        craft="echizen-shikki",
        artisan="atelier-matsui",
        summary=(
            "Un grand plat rond laqué noir à la finition mate, pour un buffet ou un plat à "
            "partager."
        ),
        description=(
            "La laque est frottée à la main jusqu’à obtenir un aspect mat, presque velouté, qui "
            "ne marque pas les traces de doigts. Le plat est assez léger pour circuler de main en "
            "main."
        ),
        story=(
            "Les laqueurs de Sabae ont longtemps produit pour la restauration. Ce plat garde leur "
            "robustesse, mais sa surface mate s’accorde aux tables contemporaines de bois clair "
            "et de lin."
        ),
        size=(300, 300, 35),
        weight_g=450,
        finish="Bois, laque urushi noire, finition mate frottée à la main",
        pairing="Pour des sushi de crabe d’Echizen ou un plateau de fromages affinés.",
        tags=["service", "vaisselle", "fait-main"],
        price="145.00",
        stock=3,
    ),
    _obj(
        "FKI-007",
        "Boîte à bentō laquée",
        "越前漆器 弁当箱",
        craft="echizen-shikki",
        artisan="atelier-matsui",
        summary=(
            "Une boîte à repas laquée d’un étage, avec séparateur, noir à l’extérieur et "
            "vermillon à l’intérieur."
        ),
        description=(
            "La laque rend la boîte légère, étanche et facile à laver. Une petite cloison "
            "amovible permet de séparer le riz des autres mets."
        ),
        story=(
            "Le bentō laqué était un luxe ; celui-ci est pensé pour le déjeuner de tous les "
            "jours, au bureau ou en voyage."
        ),
        size=(180, 100, 55),
        weight_g=180,
        finish="Bois, laque urushi noire et vermillon",
        pairing=(
            "Pour un riz garni de sauce katsu, la spécialité de Fukui, et quelques légumes marinés."
        ),
        tags=["riz", "cuisine"],
        price="85.00",
        stock=5,
    ),
    _obj(
        "FKI-008",
        "Service à saké en grès d’Echizen",
        "越前焼 酒器セット",
        craft="echizen-yaki",
        artisan="four-kawamura",
        summary=(
            "Une carafe et deux coupes en grès cuit au bois, aux coulures de cendre vert naturel."
        ),
        description=(
            "Pendant la cuisson au four à bois, la cendre se dépose sur les épaules des pièces et "
            "fond en un verre vert, le shizen-yū. Chaque service porte des coulures différentes."
        ),
        story=(
            "Le grès d’Echizen servait aux grandes jarres de conservation. Ce service garde la "
            "même terre et le même feu, mais à l’échelle d’une soirée entre amis."
        ),
        size=(100, 100, 150),
        weight_g=650,
        finish="Grès d’Echizen cuit au four à bois, glaçure de cendre naturelle",
        pairing="Pour un saké de Fukui, chaud ou froid, avec du crabe d’Echizen bouilli.",
        tags=["saké", "fait-main", "cadeau"],
        price="150.00",
        stock=3,
        images=3,
    ),
    _obj(
        "FKI-009",
        "Théière en grès d’Echizen",
        "越前焼 急須",
        craft="echizen-yaki",
        artisan="four-kawamura",
        summary="Une théière kyūsu en grès brun, à filtre de terre intégré.",
        description=(
            "Le filtre, percé à la main dans la paroi, retient les feuilles de thé. Le grès non "
            "émaillé à l’intérieur adoucit le goût du thé au fil des infusions."
        ),
        story=(
            "La poterie d’Echizen est née pour les jarres et les mortiers. Cette théière applique "
            "sa terre robuste à l’art délicat de l’infusion du thé vert."
        ),
        size=(140, 100, 90),
        weight_g=300,
        finish="Grès d’Echizen, intérieur non émaillé, filtre en terre",
        pairing=(
            "Pour un sencha ou un hōjicha, avec une part de mizu-yōkan, la douceur d’hiver de "
            "Fukui."
        ),
        tags=["thé", "fait-main"],
        price="130.00",
        stock=4,
    ),
    _obj(
        "FKI-010",
        "Tasse à thé en grès cendré",
        "越前焼 湯呑",
        craft="echizen-yaki",
        artisan="four-kawamura",
        summary="Un yunomi en grès brut, marqué des cendres du four.",
        description=(
            "Les traces de cendre, roussies ou vitrifiées, font de chaque tasse une pièce "
            "différente. La paroi épaisse garde le thé chaud."
        ),
        story=(
            "Dans ce simple gobelet se lit toute l’histoire d’Echizen : la terre, le feu de bois "
            "et la cendre."
        ),
        size=(75, 75, 90),
        weight_g=210,
        finish="Grès d’Echizen cuit au four à bois, glaçure de cendre naturelle",
        pairing="Pour un thé vert ou un café noir, avec des habutae mochi.",
        tags=["thé", "fait-main"],
        price="38.00",
        stock=10,
        images=1,
    ),
    _obj(
        "FKI-011",
        "Assiette plate en grès d’Echizen",
        "越前焼 平皿",
        craft="echizen-yaki",
        artisan="four-kawamura",
        summary="Une assiette de 24 cm en grès brun, à la glaçure de cendre satinée.",
        description=(
            "La surface satinée met en valeur les couleurs des aliments. La terre est assez dense "
            "pour un usage quotidien."
        ),
        story=(
            "Sobre et chaleureuse, cette assiette s’intègre à une table européenne comme à un "
            "repas japonais, du poisson grillé à la viande rôtie."
        ),
        size=(240, 240, 30),
        weight_g=620,
        finish="Grès d’Echizen, glaçure de cendre",
        pairing=(
            "Pour un maquereau grillé ou une escalope de porc à la sauce, façon katsu de Fukui."
        ),
        tags=["vaisselle", "fait-main"],
        price="65.00",
        stock=0,
    ),
    _obj(
        "FKI-012",
        "Bol à riz en grès d’Echizen",
        "越前焼 飯碗",
        craft="echizen-yaki",
        artisan="four-kawamura",
        summary="Un bol à riz en grès, dont l’intérieur clair met en valeur le grain blanc.",
        description=(
            "L’extérieur garde le grain de la terre d’Echizen ; l’intérieur reçoit une glaçure "
            "claire. Le bol tient naturellement dans la main."
        ),
        story=(
            "Un bol de riz est le premier objet de la table japonaise ; celui-ci, de terre et de "
            "feu, accompagne aussi bien un bol de céréales du matin."
        ),
        size=(125, 125, 65),
        weight_g=200,
        finish="Grès d’Echizen, glaçure claire à l’intérieur",
        pairing="Pour un riz blanc de Fukui accompagné de heshiko grillé.",
        tags=["riz", "bol", "vaisselle"],
        price="35.00",
        stock=9,
        images=1,
    ),
    _obj(
        "FKI-013",
        "Mug en grès d’Echizen",
        "越前焼 マグカップ",
        craft="echizen-yaki",
        artisan="four-kawamura",
        summary="Un mug à anse en grès d’Echizen, pour le café ou le thé au lait.",
        description=(
            "Tourné et cuit au four à bois, ce mug a une anse large qui accueille deux doigts. Sa "
            "paroi épaisse garde la chaleur."
        ),
        story=(
            "Une forme occidentale, le mug, rencontre une poterie japonaise de huit siècles : le "
            "four d’Echizen s’adapte ainsi au petit-déjeuner d’aujourd’hui."
        ),
        size=(120, 85, 95),
        weight_g=330,
        finish="Grès d’Echizen cuit au four à bois",
        pairing="Pour un café filtre ou un thé hōjicha au lait.",
        tags=["café", "thé", "fait-main"],
        price="42.00",
        stock=8,
    ),
    _obj(
        "FKI-014",
        "Petite jarre à conserves en grès d’Echizen",
        "越前焼 小壺",
        craft="echizen-yaki",
        artisan="four-kawamura",
        summary=(
            "Une petite jarre cuite plusieurs jours au four à bois, pièce unique, pour les prunes "
            "salées ou le miso."
        ),
        description=(
            "Les jarres sont la forme historique d’Echizen. Celle-ci, à l’échelle d’une cuisine, "
            "porte sur l’épaule une coulure de cendre vitrifiée. Un couvercle en bois la ferme."
        ),
        story=(
            "Au Moyen Âge, les grandes jarres d’Echizen, expédiées par bateau le long de la mer "
            "du Japon, conservaient l’eau, le grain et les saumures. Cette petite jarre garde la "
            "même fonction pour les umeboshi ou le miso maison."
        ),
        size=(150, 150, 170),
        weight_g=1200,
        finish="Grès d’Echizen, glaçure de cendre naturelle, couvercle en cèdre",
        pairing="Pour conserver des umeboshi, prunes salées de Fukui, ou du miso maison.",
        tags=["pièce-unique", "cuisine", "fait-main"],
        price="180.00",
        stock=1,
        images=3,
    ),
]

_NAGANO = [
    _obj(
        "NGN-001",
        "Sous-verres kumiko en hinoki « Sakura » (lot de 4)",
        "組子 コースター 桜",
        craft="kumiko-nagano",
        artisan="atelier-miyazawa",
        summary="Quatre sous-verres en cyprès hinoki de Kiso, au motif de fleurs de cerisier.",
        description=(
            "Chaque fleur est formée de lamelles taillées en biais et emboîtées sans colle. Le "
            "hinoki dégage un parfum frais et résiste naturellement à l’humidité."
        ),
        story=(
            "Le hinoki de Kiso était autrefois réservé aux temples et aux châteaux. Le kumiko en "
            "fait de petits objets de table qui diffusent leur parfum au contact d’une tasse "
            "chaude."
        ),
        size=(90, 90, 8),
        weight_g=70,
        finish="Cyprès hinoki de Kiso, naturel non verni",
        pairing="Pour une tasse de thé vert avec un oyaki, ou un verre de vin de Nagano.",
        tags=["cadeau", "thé", "fait-main"],
        price="60.00",
        stock=10,
    ),
    _obj(
        "NGN-002",
        "Dessous de plat kumiko « Tsuno-asanoha »",
        "組子 鍋敷き 角麻の葉",
        craft="kumiko-nagano",
        artisan="atelier-miyazawa",
        summary=(
            "Un dessous de plat carré au motif de feuille de chanvre en carré, robuste et léger."
        ),
        description=(
            "Le motif tsuno-asanoha, variante carrée de l’étoile de chanvre, répartit la chaleur "
            "et le poids des plats. Le cadre est assemblé à queues d’aronde."
        ),
        story=(
            "Les menuisiers de Matsumoto ont transposé la rigueur des portes coulissantes dans "
            "cet objet de cuisine, qui reste sur la table même quand le plat est servi."
        ),
        size=(180, 180, 15),
        weight_g=190,
        finish="Cyprès hinoki, finition à l’huile végétale",
        pairing=(
            "Sous une cocotte de soba chaudes ou un plat de légumes mijotés au miso de Shinshū."
        ),
        tags=["cuisine", "service", "fait-main"],
        price="72.00",
        stock=6,
    ),
    _obj(
        "NGN-003",
        "Plateau kumiko en hinoki « Asanoha »",
        "組子 トレイ 麻の葉",
        craft="kumiko-nagano",
        artisan="atelier-miyazawa",
        summary=(
            "Un plateau rectangulaire dont le fond en kumiko asanoha est protégé par une plaque "
            "de verre."
        ),
        description=(
            "Plus de six cents lamelles composent le fond de ce plateau. La plaque de verre le "
            "rend facile à nettoyer tout en laissant voir le lattis."
        ),
        story=(
            "Le motif asanoha, que l’on brodait sur les vêtements des enfants pour leur souhaiter "
            "de grandir aussi vite que le chanvre, devient ici le fond d’un plateau de service."
        ),
        size=(380, 260, 25),
        weight_g=700,
        finish="Cyprès hinoki de Kiso, plaque de verre trempé",
        pairing="Pour servir le thé et des gâteaux aux châtaignes d’Obuse.",
        tags=["plateau", "thé", "fait-main"],
        price="138.00",
        stock=4,
        images=3,
    ),
    _obj(
        "NGN-004",
        "Lampe de table kumiko « Goma »",
        "組子 行灯 胡麻",
        craft="kumiko-nagano",
        artisan="atelier-miyazawa",
        summary=(
            "Une lampe de table cubique aux panneaux de kumiko, pour une lumière douce pendant le "
            "repas."
        ),
        description=(
            "Les panneaux, au motif goma, sont doublés de papier washi et entourent une LED "
            "rechargeable. La lumière filtrée dessine des motifs sur la table."
        ),
        story=(
            "Les lattis de bois des maisons de montagne laissaient passer une lumière tamisée. "
            "Cette lampe transpose cette atmosphère sur une table de dîner, sans fil ni chaleur."
        ),
        size=(150, 150, 240),
        weight_g=520,
        finish="Cyprès hinoki, papier washi, éclairage LED rechargeable",
        pairing="Pour un dîner d’hiver autour d’un nabe, avec un saké chaud de Nagano.",
        tags=["décoration", "cadeau", "fait-main"],
        price="240.00",
        stock=2,
        images=3,
    ),
    _obj(
        "NGN-005",
        "Boîte à thé à couvercle kumiko",
        "組子 茶箱",
        craft="kumiko-nagano",
        artisan="atelier-miyazawa",
        summary="Une boîte en hinoki pour ranger les sachets de thé, avec un couvercle en kumiko.",
        description=(
            "Quatre compartiments accueillent thés et infusions. Le couvercle porte un panneau de "
            "kumiko au motif de fleurs de prunier."
        ),
        story=(
            "La boîte à thé, objet de la cérémonie du thé en plein air, devient une boîte de "
            "cuisine que l’on pose sur la table au moment du dessert."
        ),
        size=(200, 150, 80),
        weight_g=420,
        finish="Cyprès hinoki, panneau de kumiko, finition naturelle",
        pairing="Pour ranger sencha, hōjicha et thés de montagne de Nagano.",
        tags=["thé", "cadeau"],
        price="98.00",
        stock=5,
    ),
    _obj(
        "NGN-006",
        "Repose-baguettes en hinoki « Kumiko » (lot de 5)",
        "組子 箸置き",
        craft="kumiko-nagano",
        artisan="atelier-miyazawa",
        summary="Cinq repose-baguettes en hinoki, chacun incrusté d’un motif de kumiko.",
        description=(
            "Chaque petit bloc de hinoki porte en son centre un carré de kumiko. Leur parfum "
            "frais se diffuse au contact de la main."
        ),
        story=(
            "La précision du kumiko, habituée aux grands panneaux, se concentre ici dans quelques "
            "centimètres de bois."
        ),
        size=(55, 25, 15),
        weight_g=40,
        finish="Cyprès hinoki, finition naturelle",
        pairing="Pour un repas de soba froides de Shinshū.",
        tags=["couverts", "cadeau"],
        price="30.00",
        stock=0,
        images=1,
    ),
    _obj(
        "NGN-007",
        "Plateau rond sculpté « Fleurs de cerisier »",
        "軽井沢彫 丸盆 桜",
        craft="karuizawa-bori",
        artisan="atelier-tsuchiya",
        summary=(
            "Un plateau rond dont le bord est sculpté en relief profond de branches de cerisier "
            "en fleur."
        ),
        description=(
            "Le sculpteur creuse les fleurs et les feuilles au ciseau sur tout le pourtour du "
            "plateau, laissant le centre lisse pour le service. Le bois est teinté puis ciré pour "
            "souligner le relief."
        ),
        story=(
            "La sculpture de Karuizawa est née pour les meubles des villas étrangères ; ce "
            "plateau prolonge ce mariage d’usages occidentaux et de gestes japonais sur une table "
            "de thé."
        ),
        size=(330, 330, 30),
        weight_g=650,
        finish="Bois massif sculpté à la main, teinte brune, finition à la cire",
        pairing="Pour un thé à l’anglaise avec des scones et de la confiture de pommes de Nagano.",
        tags=["plateau", "thé", "fait-main"],
        price="210.00",
        stock=3,
        images=3,
    ),
    _obj(
        "NGN-008",
        "Boîte à thé sculptée « Sakura »",
        "軽井沢彫 茶筒 桜",
        craft="karuizawa-bori",
        artisan="atelier-tsuchiya",
        summary="Une boîte à thé cylindrique en bois sculptée de fleurs de cerisier.",
        description=(
            "Le corps est tourné puis sculpté à la main. L’intérieur étamé garde le thé à l’abri "
            "de l’humidité."
        ),
        story=(
            "Motif fétiche de Karuizawa, le cerisier fleurit ici sur un objet quotidien qui "
            "accompagne le thé comme le café."
        ),
        size=(80, 80, 120),
        weight_g=240,
        finish="Bois sculpté, teinte brune cirée, intérieur étamé",
        pairing="Pour un thé noir japonais ou un sencha de montagne.",
        tags=["thé", "cadeau", "fait-main"],
        price="160.00",
        stock=4,
    ),
    _obj(
        "NGN-009",
        "Planche de service sculptée",
        "軽井沢彫 サービングボード",
        craft="karuizawa-bori",
        artisan="atelier-kubota",
        summary="Une planche de service dont la poignée est sculptée d’une branche de cerisier.",
        description=(
            "La surface de service, lisse et huilée, reçoit fromages, pain ou charcuterie. Seule "
            "la poignée porte le décor sculpté, pour qu’il reste visible une fois la planche "
            "garnie."
        ),
        story=(
            "La sculpture de Karuizawa s’allège pour un objet de partage typiquement européen, à "
            "la fois japonais dans le geste et français dans l’usage."
        ),
        size=(420, 200, 20),
        weight_g=780,
        finish="Bois massif, poignée sculptée à la main, huile alimentaire",
        pairing="Pour des fromages et un vin de Nagano, ou des oyaki coupés en quartiers.",
        tags=["service", "cuisine", "fait-main"],
        price="120.00",
        stock=5,
    ),
    _obj(
        "NGN-010",
        "Présentoir à gâteaux sculpté",
        "軽井沢彫 菓子台",
        craft="karuizawa-bori",
        artisan="atelier-kubota",
        summary=(
            "Un plateau sur pied, sculpté de fleurs de cerisier, pour présenter pâtisseries et "
            "wagashi."
        ),
        description=(
            "Le plateau repose sur un pied tourné ; son bord porte une guirlande de fleurs "
            "sculptées. Il met en hauteur gâteaux et douceurs au centre de la table."
        ),
        story=(
            "Le présentoir à gâteaux, venu des salons de thé occidentaux, rencontre ici la "
            "sculpture de Karuizawa, elle-même née d’un dialogue avec l’Occident."
        ),
        size=(260, 260, 120),
        weight_g=900,
        finish="Bois massif sculpté, teinte brune, finition à la cire",
        pairing="Pour des gâteaux aux châtaignes d’Obuse ou une tarte aux pommes de Nagano.",
        tags=["service", "décoration", "fait-main"],
        price="180.00",
        stock=3,
        images=3,
    ),
    _obj(
        "NGN-011",
        "Sous-verres sculptés (lot de 4)",
        "軽井沢彫 コースター",
        craft="karuizawa-bori",
        artisan="atelier-kubota",
        summary="Quatre sous-verres ronds, chacun sculpté d’une fleur de cerisier au centre.",
        description=(
            "La fleur est sculptée en creux, pour que le verre repose à plat. Le bois ciré "
            "résiste aux traces d’eau."
        ),
        story=(
            "Un motif né pour le mobilier, réduit à quelques centimètres : une manière d’emporter "
            "Karuizawa sur sa table."
        ),
        size=(95, 95, 10),
        weight_g=140,
        finish="Bois massif sculpté, teinte brune, finition à la cire",
        pairing="Pour un jus de pomme de Nagano ou un verre de vin de Shiojiri.",
        tags=["cadeau", "décoration"],
        price="75.00",
        stock=7,
        images=1,
    ),
    _obj(
        "NGN-012",
        "Coffret à baguettes sculpté",
        "軽井沢彫 箸箱",
        craft="karuizawa-bori",
        artisan="atelier-tsuchiya",
        summary=(
            "Un coffret à couvercle coulissant pour ranger baguettes ou couverts, sculpté de "
            "fleurs de cerisier."
        ),
        description=(
            "Le couvercle coulisse dans des rainures ajustées à la main. Le coffret accueille "
            "plusieurs paires de baguettes ou des cuillères."
        ),
        story=(
            "Le coffret à baguettes accompagnait autrefois le voyageur ; il devient un rangement "
            "de table, posé près du service."
        ),
        size=(250, 70, 40),
        weight_g=260,
        finish="Bois massif sculpté, teinte brune, finition à la cire",
        pairing="Pour garder à portée de main les baguettes d’un repas de soba.",
        tags=["couverts", "cadeau", "fait-main"],
        price="85.00",
        stock=6,
    ),
    _obj(
        "NGN-013",
        "Porte-serviettes sculpté « Raisins »",
        "軽井沢彫 ナプキンホルダー 葡萄",
        craft="karuizawa-bori",
        artisan="atelier-kubota",
        summary=(
            "Un porte-serviettes en bois sculpté de grappes de raisin et de feuilles de vigne, "
            "pièce unique."
        ),
        description=(
            "Les deux joues du porte-serviettes sont sculptées d’une vigne chargée de raisins, "
            "motif d’inspiration occidentale. Il accueille serviettes en papier ou en tissu."
        ),
        story=(
            "La vigne rappelle l’inspiration occidentale de la sculpture de Karuizawa, mais aussi "
            "les vignobles qui se développent aujourd’hui dans le département."
        ),
        size=(200, 80, 120),
        weight_g=380,
        finish="Bois massif sculpté à la main, teinte brune, finition à la cire",
        pairing="Pour un déjeuner autour d’un vin de Nagano.",
        tags=["décoration", "pièce-unique", "fait-main"],
        price="95.00",
        stock=1,
    ),
]

_SHIZUOKA = [
    _obj(
        "SZK-001",
        "Plateau laqué à la coquille d’œuf",
        "駿河漆器 卵殻 盆",
        craft="suruga-shikki",
        artisan="atelier-mochizuki",
        summary="Un plateau noir dont le centre est incrusté d’une mosaïque de coquille d’œuf.",
        description=(
            "Des fragments de coquille d’œuf de caille sont posés un à un dans la laque encore "
            "fraîche, puis recouverts et poncés jusqu’à affleurer. Le blanc craquelé se détache "
            "sur le noir profond."
        ),
        story=(
            "L’incrustation de coquille d’œuf (rankaku) permettait d’obtenir un blanc impossible "
            "à tirer de la laque. Sur ce plateau, elle dessine un motif abstrait qui s’accorde "
            "aux tables contemporaines."
        ),
        size=(300, 220, 20),
        weight_g=420,
        finish="Bois, laque urushi noire, incrustation de coquille d’œuf, polissage à la main",
        pairing=(
            "Pour servir un sencha de Shizuoka avec des Abekawa mochi, gâteaux de riz à la poudre "
            "de soja."
        ),
        tags=["plateau", "thé", "fait-main"],
        price="180.00",
        stock=3,
        images=3,
    ),
    _obj(
        "SZK-002",
        "Bols à soupe laqués mouchetés (paire)",
        "駿河漆器 変わり塗 汁椀 一対",
        craft="suruga-shikki",
        artisan="atelier-mochizuki",
        summary="Deux bols à soupe à la laque mouchetée, l’un vert thé, l’autre brun-rouge.",
        description=(
            "La surface est obtenue par superposition de couches de couleurs différentes, puis "
            "ponçage : des taches apparaissent comme un paysage. Les deux bols se répondent sans "
            "être identiques."
        ),
        story=(
            "Les laques à effets de Suruga étaient une façon pour les artisans de Sunpu de "
            "rivaliser d’inventivité. Sur ces bols, elles évoquent les champs de thé autour de la "
            "ville."
        ),
        size=(115, 115, 75),
        weight_g=180,
        finish="Bois tourné, laque urushi à effets (kawari-nuri), polie à la main",
        pairing="Pour une soupe miso aux sakura-ebi ou un bouillon clair.",
        tags=["bol", "cadeau", "fait-main"],
        price="110.00",
        stock=5,
    ),
    _obj(
        "SZK-003",
        "Boîte à thé laquée « Vert thé » (natsume)",
        "駿河漆器 棗",
        craft="suruga-shikki",
        artisan="atelier-mochizuki",
        summary="Une boîte à thé en forme de jujube, laquée d’un vert profond, pour le matcha.",
        description=(
            "Le natsume conserve le thé en poudre pour la cérémonie du thé. Sa laque vert sombre, "
            "légèrement mouchetée, rappelle la couleur du thé de Shizuoka."
        ),
        story=(
            "Objet codifié de la cérémonie du thé, le natsume est ici pensé aussi pour un usage "
            "de tous les jours : préparer un matcha au fouet le matin ou un latte."
        ),
        size=(70, 70, 70),
        weight_g=60,
        finish="Bois tourné, laque urushi verte à effets",
        pairing="Pour un matcha de Shizuoka battu au fouet, avec un wagashi de saison.",
        tags=["thé", "cadeau", "fait-main"],
        price="150.00",
        stock=4,
    ),
    _obj(
        "SZK-004",
        "Soucoupes à thé laquées (lot de 5)",
        "駿河漆器 茶托",
        craft="suruga-shikki",
        artisan="atelier-sugiyama",
        summary="Cinq soucoupes à thé laquées, chacune d’une finition différente.",
        description=(
            "Noir, vermillon, vert, brun et moucheté : chaque soucoupe présente une laque à "
            "effets de Suruga. Elles accueillent un yunomi ou une tasse à café."
        ),
        story=(
            "Servir le thé à un invité sur une chataku est un geste d’hospitalité. Ce lot "
            "présente cinq savoir-faire de Suruga en un seul service."
        ),
        size=(120, 120, 18),
        weight_g=250,
        finish="Bois, cinq laques urushi à effets",
        pairing="Pour le thé vert de Shizuoka offert aux invités.",
        tags=["thé", "café", "service"],
        price="95.00",
        stock=6,
    ),
    _obj(
        "SZK-005",
        "Baguettes laquées « Pierre »",
        "駿河漆器 石目塗 箸",
        craft="suruga-shikki",
        artisan="atelier-sugiyama",
        summary="Des baguettes à la laque granuleuse qui imite la pierre et ne glisse pas.",
        description=(
            "La laque ishime-nuri, mêlée de poudres, offre une surface légèrement rugueuse, "
            "agréable en main. Les aliments glissants comme les nouilles se saisissent sans peine."
        ),
        story=(
            "Une technique décorative devient un atout pratique : la texture de pierre rend ces "
            "baguettes idéales pour les débutants."
        ),
        size=(230, 10, 10),
        weight_g=20,
        finish="Bois, laque urushi ishime-nuri",
        pairing="Pour des nouilles froides ou un oden de Shizuoka.",
        tags=["couverts", "cadeau"],
        price="26.00",
        stock=12,
        images=1,
    ),
    _obj(
        "SZK-006",
        "Gobelet en bambou laqué",
        "駿河漆器 竹 カップ",
        craft="suruga-shikki",
        artisan="atelier-sugiyama",
        summary=(
            "Un gobelet taillé dans une section de bambou, laqué à l’intérieur comme à l’extérieur."
        ),
        description=(
            "Le nœud du bambou forme le fond du gobelet. La laque le rend imperméable et durable, "
            "tout en gardant la texture naturelle de la tige."
        ),
        story=(
            "Le bambou et la laque, deux matériaux des artisans de Shizuoka, s’associent dans un "
            "objet simple pour l’eau fraîche, le thé glacé ou le saké."
        ),
        size=(75, 75, 100),
        weight_g=70,
        finish="Bambou, laque urushi brun-rouge",
        pairing="Pour un thé vert glacé de Shizuoka ou un saké frais.",
        tags=["thé", "saké", "fait-main"],
        price="48.00",
        stock=9,
    ),
    _obj(
        "SZK-007",
        "Plateau à sushi laqué",
        "駿河漆器 寿司皿",
        craft="suruga-shikki",
        artisan="atelier-mochizuki",
        summary=(
            "Un plateau rectangulaire sur pieds, laqué noir et vermillon, pour servir les sushi."
        ),
        description=(
            "À la manière du geta des comptoirs de sushi, ce plateau repose sur deux pieds. Sa "
            "laque noire fait ressortir les couleurs du poisson."
        ),
        story=(
            "Le plateau à sushi, objet des comptoirs, entre dans la maison. Il se prête aussi à "
            "un service de fromages ou de petits fours."
        ),
        size=(300, 150, 35),
        weight_g=350,
        finish="Bois, laque urushi noire, tranches vermillon",
        pairing="Pour des sushi de sakura-ebi et de thon de la baie de Suruga.",
        tags=["service", "vaisselle"],
        price="88.00",
        stock=6,
    ),
    _obj(
        "SZK-008",
        "Boîte à bentō laquée « Fuji »",
        "駿河漆器 弁当箱 富士",
        craft="suruga-shikki",
        artisan="atelier-sugiyama",
        summary=(
            "Une boîte à repas laquée dont le couvercle montre la silhouette du mont Fuji en "
            "poudre d’argent."
        ),
        description=(
            "Deux étages, un élastique de soie et, sur le couvercle, le mont Fuji tracé en poudre "
            "d’argent sur fond bleu nuit."
        ),
        story=(
            "Depuis Shizuoka, le mont Fuji se découvre au-dessus de la ville. Ce bentō emporte ce "
            "paysage dans le déjeuner de tous les jours."
        ),
        size=(180, 100, 95),
        weight_g=260,
        finish="Bois, laque urushi bleu nuit, décor à la poudre d’argent",
        pairing="Pour un déjeuner de riz aux sakura-ebi et de wasabi de Shizuoka.",
        tags=["riz", "cuisine", "cadeau"],
        price="130.00",
        stock=4,
    ),
    _obj(
        "SZK-009",
        "Coupe à saké laquée à la poudre d’argent",
        "駿河漆器 銀粉 盃",
        craft="suruga-shikki",
        artisan="atelier-mochizuki",
        summary="Une coupe à saké plate, dont l’intérieur est saupoudré d’argent.",
        description=(
            "La poudre d’argent, semée dans la laque puis polie, donne un éclat lunaire au fond "
            "de la coupe. L’argent fonce légèrement avec le temps."
        ),
        story=(
            "Ces coupes plates (sakazuki), autrefois réservées aux cérémonies, retrouvent leur "
            "place pour un saké dégusté entre amis."
        ),
        size=(90, 90, 25),
        weight_g=40,
        finish="Bois, laque urushi noire, poudre d’argent polie",
        pairing="Pour un saké de Shizuoka servi frais, avec des sashimi de la baie de Suruga.",
        tags=["saké", "cadeau"],
        price="65.00",
        stock=0,
        images=1,
    ),
    _obj(
        "SZK-010",
        "Plateau à thé laqué (chabon)",
        "駿河漆器 茶盆",
        craft="suruga-shikki",
        artisan="atelier-sugiyama",
        summary="Un plateau carré pour disposer théière, tasses et petits gâteaux.",
        description=(
            "Légèrement bombé sur les bords, ce plateau laqué brun-rouge est juste assez grand "
            "pour un service à thé pour deux."
        ),
        story=(
            "À Shizuoka, ville du thé, le plateau à thé fait partie de chaque maison. Celui-ci "
            "convient aussi à un café et quelques mignardises."
        ),
        size=(280, 280, 25),
        weight_g=380,
        finish="Bois, laque urushi brun-rouge, finition polie",
        pairing="Pour un shincha de Shizuoka, premier thé de l’année, en mai.",
        tags=["plateau", "thé"],
        price="120.00",
        stock=5,
    ),
    _obj(
        "SZK-011",
        "Assiettes à dessert laquées (lot de 2)",
        "駿河漆器 銘々皿",
        craft="suruga-shikki",
        artisan="atelier-mochizuki",
        summary="Deux assiettes à dessert carrées, à la laque vermillon mouchetée de noir.",
        description=(
            "Ces assiettes individuelles sont légères et résistantes. Leur laque mouchetée masque "
            "les traces du quotidien."
        ),
        story=(
            "La laque à effets, pensée pour séduire l’œil, se fait ici pratique pour la table du "
            "goûter."
        ),
        size=(150, 150, 15),
        weight_g=160,
        finish="Bois, laque urushi vermillon mouchetée",
        pairing="Pour des Abekawa mochi ou une part de cake aux mandarines de Shizuoka.",
        tags=["vaisselle", "thé"],
        price="78.00",
        stock=7,
    ),
    _obj(
        "SZK-012",
        "Boîte à friandises laquée « Vagues de Suruga »",
        "駿河漆器 菓子器 駿河湾",
        craft="suruga-shikki",
        artisan="atelier-mochizuki",
        summary=(
            "Une boîte à couvercle dont le décor de vagues associe coquille d’œuf, nacre et "
            "poudre d’or, pièce unique."
        ),
        description=(
            "Le couvercle réunit plusieurs techniques de Suruga : vagues dessinées en poudre "
            "d’or, écume en coquille d’œuf, éclats de nacre. Il a fallu plusieurs mois pour "
            "l’achever."
        ),
        story=(
            "Cette pièce de démonstration résume la virtuosité des laques à effets de Suruga. "
            "Elle accueille les douceurs servies avec le thé lors des grandes occasions."
        ),
        size=(200, 200, 90),
        weight_g=480,
        finish="Bois, laque urushi, poudre d’or, nacre et coquille d’œuf",
        pairing="Pour présenter des wagashi et un matcha de Shizuoka.",
        tags=["pièce-unique", "décoration", "fait-main"],
        price="290.00",
        stock=1,
        images=3,
    ),
    _obj(
        "SZK-013",
        "Tasse à café laquée",
        "駿河漆器 コーヒーカップ",
        craft="suruga-shikki",
        artisan="atelier-sugiyama",
        summary="Une tasse à café en bois laqué, légère et isolante, à anse taillée dans la masse.",
        description=(
            "La tasse est tournée et sculptée d’une seule pièce, puis laquée. Le bois isole : la "
            "tasse reste agréable à tenir même avec un café brûlant."
        ),
        story=(
            "La laque n’est pas réservée au thé : cette tasse, dessinée avec un designer, ouvre "
            "la laque de Suruga à la culture du café."
        ),
        size=(110, 80, 70),
        weight_g=90,
        finish="Bois tourné, laque urushi noire semi-mate",
        pairing="Pour un café filtre accompagné d’un biscuit au thé vert de Shizuoka.",
        tags=["café", "cadeau"],
        price="68.00",
        stock=8,
    ),
]

_FUKUOKA = [
    _obj(
        "FKO-001",
        "Set de table Hakata-ori « Kenjō cinq couleurs »",
        "博多織 ランチョンマット 五色献上",
        craft="hakata-ori",
        artisan="atelier-nishimura",
        summary=(
            "Un set de table en soie tissée aux bandes de tokko et de hanazara, dans les cinq "
            "couleurs du kenjō."
        ),
        description=(
            "Le motif goshiki kenjō associe violet, bleu, rouge, jaune et bleu marine, couleurs "
            "liées aux cinq vertus confucéennes. La soie dense et ferme reste bien à plat sur la "
            "table."
        ),
        story=(
            "Tissé autrefois pour les ceintures offertes au shogun, le kenjō habille aujourd’hui "
            "une table. La trame serrée du Hakata-ori, conçue pour qu’un obi ne se desserre pas, "
            "donne un set de table qui ne glisse pas."
        ),
        size=(450, 330, 2),
        weight_g=110,
        finish="Soie tissée Hakata-ori, motif goshiki kenjō, doublure de coton",
        pairing=(
            "Pour un repas de mizutaki, le pot-au-feu de poulet de Hakata, et un thé gyokuro de "
            "Yame."
        ),
        tags=["cadeau", "service", "fait-main"],
        price="68.00",
        stock=8,
        images=3,
    ),
    _obj(
        "FKO-002",
        "Chemin de table Hakata-ori « Kenjō indigo »",
        "博多織 テーブルランナー 献上 藍",
        craft="hakata-ori",
        artisan="atelier-nishimura",
        summary="Un long chemin de table en soie indigo, au motif kenjō tissé en fils clairs.",
        description=(
            "Tissé sur un métier d’obi, ce chemin de table reprend la largeur d’une ceinture "
            "traditionnelle. Les motifs tokko et hanazara alternent avec de fines rayures."
        ),
        story=(
            "Un obi posé à plat sur la table : la comparaison n’est pas fortuite, puisque "
            "l’atelier utilise les mêmes fils et les mêmes réglages que pour ses ceintures."
        ),
        size=(1800, 300, 2),
        weight_g=260,
        finish="Soie tissée Hakata-ori, teinte indigo",
        pairing="Pour un dîner de motsunabe entre amis, ou une table de fête à la française.",
        tags=["décoration", "service", "fait-main"],
        price="120.00",
        stock=5,
        images=3,
    ),
    _obj(
        "FKO-003",
        "Sous-verres Hakata-ori (lot de 4)",
        "博多織 コースター",
        craft="hakata-ori",
        artisan="atelier-okabe",
        summary="Quatre sous-verres carrés en soie tissée, chacun d’une couleur du kenjō.",
        description=(
            "Le tissage serré et un envers doublé absorbent la condensation sans se déformer."
        ),
        story=(
            "Les chutes de tissage d’obi trouvent une seconde vie dans ces sous-verres, qui "
            "permettent de découvrir le Hakata-ori par petites touches."
        ),
        size=(100, 100, 3),
        weight_g=40,
        finish="Soie tissée Hakata-ori, envers en coton",
        pairing="Pour un thé glacé de Yame ou un verre de shōchū.",
        tags=["cadeau", "thé"],
        price="36.00",
        stock=12,
        images=1,
    ),
    _obj(
        "FKO-004",
        "Étui à baguettes Hakata-ori",
        "博多織 箸袋",
        craft="hakata-ori",
        artisan="atelier-okabe",
        summary="Un étui en soie tissée pour emporter ses baguettes au bureau ou en voyage.",
        description=(
            "L’étui, doublé, se ferme par un rabat glissé sous une bride. Il accueille une paire "
            "de baguettes de 23 cm."
        ),
        story=(
            "Emporter ses propres baguettes, c’est éviter les baguettes jetables ; le Hakata-ori "
            "donne à ce geste écologique une élégance de cérémonie."
        ),
        size=(250, 45, 10),
        weight_g=25,
        finish="Soie tissée Hakata-ori, doublure de coton",
        pairing="Pour accompagner un déjeuner de ramen de Hakata en yatai.",
        tags=["couverts", "cadeau"],
        price="22.00",
        stock=12,
        images=1,
    ),
    _obj(
        "FKO-005",
        "Ronds de serviette Hakata-ori (paire)",
        "博多織 ナプキンリング 一対",
        craft="hakata-ori",
        artisan="atelier-okabe",
        summary="Deux ronds de serviette en soie tissée aux motifs tokko.",
        description=(
            "Une bande de Hakata-ori est montée sur un anneau rigide. Le motif tokko, inspiré "
            "d’un instrument rituel bouddhique, court tout autour."
        ),
        story=(
            "Objet typiquement français, le rond de serviette reçoit ici le tissage emblématique "
            "de Hakata : une rencontre des deux arts de la table."
        ),
        size=(50, 50, 40),
        weight_g=30,
        finish="Soie tissée Hakata-ori sur anneau rigide",
        pairing="Pour une table de fête mêlant cuisine française et mentaiko de Hakata.",
        tags=["décoration", "cadeau"],
        price="32.00",
        stock=10,
        images=1,
    ),
    _obj(
        "FKO-006",
        "Sangle à bentō Hakata-ori",
        "博多織 弁当バンド",
        craft="hakata-ori",
        artisan="atelier-okabe",
        summary="Une sangle élastique en soie tissée pour maintenir fermée la boîte à repas.",
        description=(
            "La bande de Hakata-ori est cousue sur un élastique ; une boucle permet de l’ajuster "
            "à toutes les tailles de boîtes."
        ),
        story=(
            "Le tissage de Hakata, réputé pour tenir l’obi serré toute la journée, remplit ici la "
            "même mission pour le bentō."
        ),
        size=(400, 25, 2),
        weight_g=20,
        finish="Soie tissée Hakata-ori, élastique",
        pairing="Pour un bentō garni de mentaiko et de riz.",
        tags=["riz", "cadeau"],
        price="18.00",
        stock=12,
        images=1,
    ),
    _obj(
        "FKO-007",
        "Pochette pour boîte à thé (shifuku)",
        "博多織 仕覆",
        craft="hakata-ori",
        artisan="atelier-nishimura",
        summary=(
            "Une pochette à cordon en soie tissée pour protéger une boîte à thé ou une petite "
            "jarre."
        ),
        description=(
            "Le shifuku, pochette de la cérémonie du thé, se ferme par un cordon de soie tressé. "
            "Il protège boîte à thé ou petite céramique."
        ),
        story=(
            "Le shifuku est traditionnellement taillé dans des étoffes précieuses ; le "
            "Hakata-ori, qui se tient droit, lui donne une forme nette."
        ),
        size=(120, 100, 5),
        weight_g=30,
        finish="Soie tissée Hakata-ori, cordon de soie tressé",
        pairing="Pour une boîte de thé gyokuro de Yame.",
        tags=["thé", "cadeau", "fait-main"],
        price="45.00",
        stock=6,
    ),
    _obj(
        "FKO-008",
        "Dessous de théière Hakata-ori",
        "博多織 ポットマット",
        craft="hakata-ori",
        artisan="atelier-okabe",
        summary="Un carré de soie tissée, doublé et ouaté, pour poser une théière chaude.",
        description=(
            "Le dessus en Hakata-ori est doublé d’une ouate qui protège la table de la chaleur."
        ),
        story="Un accessoire discret qui apporte à la table les couleurs du kenjō.",
        size=(180, 180, 6),
        weight_g=50,
        finish="Soie tissée Hakata-ori, ouate et doublure de coton",
        pairing="Sous une théière de thé de Yame, avec des fraises de Fukuoka.",
        tags=["thé", "service"],
        price="28.00",
        stock=0,
        images=1,
    ),
    _obj(
        "FKO-009",
        "Housse à bouteille de saké Hakata-ori",
        "博多織 ボトルケース",
        craft="hakata-ori",
        artisan="atelier-nishimura",
        summary=(
            "Une housse en soie tissée, avec poignée, pour offrir une bouteille de saké de 720 ml."
        ),
        description=(
            "La housse, doublée et renforcée au fond, se referme par un cordon. Elle transforme "
            "une bouteille en cadeau."
        ),
        story=(
            "Au Japon, la présentation d’un cadeau compte autant que le cadeau. Cette housse "
            "prolonge l’art de l’emballage avec une étoffe qui se réutilise."
        ),
        size=(110, 110, 330),
        weight_g=90,
        finish="Soie tissée Hakata-ori, doublure de coton, cordon de soie",
        pairing="Pour offrir un saké de Fukuoka ou un shōchū d’orge.",
        tags=["saké", "cadeau"],
        price="58.00",
        stock=5,
    ),
    _obj(
        "FKO-010",
        "Carré de soie pour le thé (kobukusa)",
        "博多織 古帛紗",
        craft="hakata-ori",
        artisan="atelier-nishimura",
        summary=(
            "Un petit carré de soie tissée sur lequel on pose un bol de thé ou un ustensile "
            "précieux."
        ),
        description=(
            "Le kobukusa, accessoire de la cérémonie du thé, sert à présenter un bol ou à le "
            "tenir sans le toucher. Sa soie dense lui donne une bonne tenue."
        ),
        story=(
            "Le Hakata-ori, connu pour ses obi, rejoint la panoplie de la cérémonie du thé, où "
            "les étoffes racontent l’histoire des échanges avec la Chine."
        ),
        size=(160, 150, 2),
        weight_g=15,
        finish="Soie tissée Hakata-ori",
        pairing="Pour accompagner un bol de matcha et un umegae-mochi de Dazaifu.",
        tags=["thé", "cadeau"],
        price="40.00",
        stock=7,
        images=1,
    ),
    _obj(
        "FKO-011",
        "Plateau en bois gainé de Hakata-ori",
        "博多織 トレイ",
        craft="hakata-ori",
        artisan="atelier-okabe",
        summary="Un plateau en bois dont le fond présente une étoffe de Hakata-ori sous verre.",
        description=(
            "Une pièce de Hakata-ori est tendue au fond d’un cadre en bois et protégée par une "
            "plaque de verre. On y pose verres et tasses sans risque de tacher la soie."
        ),
        story=(
            "La soie, d’ordinaire portée, devient ici une œuvre posée sur la table, que l’on "
            "regarde en servant l’apéritif."
        ),
        size=(340, 240, 30),
        weight_g=750,
        finish="Cadre en bois, soie tissée Hakata-ori, plaque de verre trempé",
        pairing="Pour servir un apéritif de mentaiko et de shōchū.",
        tags=["plateau", "service", "décoration"],
        price="85.00",
        stock=4,
    ),
    _obj(
        "FKO-012",
        "Set de table Hakata-ori « Hanazara » rouge",
        "博多織 ランチョンマット 華皿 赤",
        craft="hakata-ori",
        artisan="atelier-nishimura",
        summary="Un set de table rouge profond, au motif de coupe à fleurs hanazara.",
        description=(
            "Le motif hanazara, coupe à fleurs utilisée dans les rituels bouddhiques, forme une "
            "frise centrale entre deux bandes de rayures parent-enfant (oyako-jima)."
        ),
        story=(
            "Les rayures oyako-jima, une ligne épaisse bordée d’une ligne fine, symbolisent le "
            "lien entre parents et enfants : un motif de partage, à sa place sur une table "
            "familiale."
        ),
        size=(450, 330, 2),
        weight_g=110,
        finish="Soie tissée Hakata-ori, doublure de coton",
        pairing="Pour un repas de fête avec des sushi et des fraises de Fukuoka en dessert.",
        tags=["cadeau", "service", "fait-main"],
        price="68.00",
        stock=6,
    ),
    _obj(
        "FKO-013",
        "Chemin de table Hakata-ori « Kenjō blanc et or »",
        "博多織 テーブルランナー 白金献上",
        craft="hakata-ori",
        artisan="atelier-nishimura",
        summary="Un chemin de table en soie blanche tissée de fils dorés, en édition limitée.",
        description=(
            "Le motif kenjō, tissé en fils dorés sur fond blanc, est réservé d’ordinaire aux obi "
            "de cérémonie. L’atelier n’en a tissé que quelques pièces pour l’exposition."
        ),
        story=(
            "Le blanc et l’or du kenjō de cérémonie s’invitent sur une table de fête à la "
            "française : nappe blanche, argenterie et porcelaine trouvent un fil conducteur "
            "japonais."
        ),
        size=(1800, 300, 2),
        weight_g=280,
        finish="Soie tissée Hakata-ori, fils dorés",
        pairing="Pour un repas de Nouvel An ou de mariage, avec un saké pétillant.",
        tags=["édition-limitée", "décoration", "fait-main"],
        price="150.00",
        stock=3,
        images=3,
    ),
]

_KUMAMOTO = [
    _obj(
        "KMM-001",
        "Couteau santoku de Kawajiri",
        "川尻刃物 三徳包丁",
        craft="kawajiri-hamono",
        artisan="forge-uchida",
        summary=(
            "Le couteau polyvalent de la cuisine japonaise, pour la viande, le poisson et les "
            "légumes."
        ),
        description=(
            "La lame de 165 mm associe un cœur d’acier au carbone et deux couches de fer doux, "
            "forgées ensemble. Le manche octogonal en magnolia est terminé par une virole en "
            "corne."
        ),
        story=(
            "Santoku signifie « trois vertus » : viande, poisson et légumes. Forgé à la main "
            "selon des gestes transmis à Kawajiri, il remplace aisément le couteau de chef dans "
            "une cuisine européenne."
        ),
        size=(300, 45, 20),
        weight_g=160,
        finish="Acier au carbone shirogami et fer doux forgés, manche en magnolia, virole en corne",
        pairing=(
            "Pour émincer la racine de lotus d’un karashi renkon ou les légumes d’un taipien, la "
            "soupe de nouilles de Kumamoto."
        ),
        tags=["cuisine", "fait-main", "cadeau"],
        price="160.00",
        stock=6,
        images=3,
    ),
    _obj(
        "KMM-002",
        "Couteau deba de Kawajiri",
        "川尻刃物 出刃包丁",
        craft="kawajiri-hamono",
        artisan="forge-uchida",
        summary="Un couteau épais à biseau unique pour lever les filets et trancher les arêtes.",
        description=(
            "La lame de 150 mm, lourde et rigide, permet de découper têtes et arêtes de poisson. "
            "Le biseau unique, typiquement japonais, donne une coupe nette le long des arêtes."
        ),
        story=(
            "Le deba était l’outil des pêcheurs et des poissonniers. À Kawajiri, ancien port, la "
            "forge de ces lames a toujours accompagné la vie du fleuve et de la mer."
        ),
        size=(285, 50, 25),
        weight_g=230,
        finish="Acier au carbone shirogami et fer doux, biseau unique, manche en magnolia",
        pairing="Pour préparer une daurade entière ou un maquereau en sashimi.",
        tags=["cuisine", "fait-main"],
        price="180.00",
        stock=4,
    ),
    _obj(
        "KMM-003",
        "Couteau à sashimi yanagiba de Kawajiri",
        "川尻刃物 柳刃包丁",
        craft="kawajiri-hamono",
        artisan="forge-uchida",
        summary="Une longue lame fine de 270 mm pour trancher le poisson cru d’un seul mouvement.",
        description=(
            "La longueur de la lame permet de trancher en tirant, sans aller-retour, pour "
            "préserver la texture du poisson. Le biseau unique est affûté à la pierre à eau."
        ),
        story=(
            "Le yanagiba, en forme de feuille de saule, est le couteau du sashimi. Il sert aussi "
            "bien pour un carpaccio ou un saumon fumé."
        ),
        size=(420, 35, 20),
        weight_g=200,
        finish="Acier au carbone aogami et fer doux, biseau unique, manche en magnolia",
        pairing=(
            "Pour trancher le basashi, sashimi de cheval de Kumamoto, ou un sashimi de sériole."
        ),
        tags=["cuisine", "fait-main"],
        price="260.00",
        stock=3,
        images=3,
    ),
    _obj(
        "KMM-004",
        "Couteau à légumes nakiri de Kawajiri",
        "川尻刃物 菜切包丁",
        craft="kawajiri-hamono",
        artisan="forge-uchida",
        summary="Un couteau à lame rectangulaire, idéal pour émincer les légumes finement.",
        description=(
            "Sa lame droite de 165 mm coupe sur toute la longueur, au contact de la planche. Le "
            "double biseau convient aux droitiers comme aux gauchers."
        ),
        story=(
            "Couteau des cuisines familiales japonaises, le nakiri trouve naturellement sa place "
            "dans une cuisine végétale contemporaine."
        ),
        size=(300, 50, 20),
        weight_g=170,
        finish="Acier au carbone shirogami et fer doux, manche en magnolia",
        pairing="Pour émincer chou et ciboule d’un motsunabe ou d’un taipien.",
        tags=["cuisine", "fait-main"],
        price="140.00",
        stock=5,
    ),
    _obj(
        "KMM-005",
        "Petit couteau d’office de Kawajiri",
        "川尻刃物 ペティナイフ",
        craft="kawajiri-hamono",
        artisan="forge-nagata",
        summary="Un couteau d’office de 120 mm, pour éplucher, parer et découper.",
        description=(
            "Lame fine et pointue, double biseau, manche en chêne : un couteau pour les petits "
            "travaux, de la pomme au fromage."
        ),
        story=(
            "La forge Nagata reprend les gestes des anciens de Kawajiri pour une forme née dans "
            "les cuisines européennes."
        ),
        size=(230, 25, 18),
        weight_g=75,
        finish="Acier au carbone forgé, double biseau, manche en chêne",
        pairing="Pour préparer les fruits d’un dessert ou des agrumes dekopon de Kumamoto.",
        tags=["cuisine", "cadeau"],
        price="95.00",
        stock=8,
    ),
    _obj(
        "KMM-006",
        "Couteaux de table de Kawajiri (lot de 4)",
        "川尻刃物 テーブルナイフ",
        craft="kawajiri-hamono",
        artisan="forge-nagata",
        summary=(
            "Quatre couteaux de table forgés à la main, pour une viande ou un poisson à la "
            "française."
        ),
        description=(
            "La lame forgée en acier inoxydable est affûtée finement pour couper sans déchirer. "
            "Le manche en bois de camphrier est assemblé à la lame par une soie traversante."
        ),
        story=(
            "Un forgeron de couteaux de cuisine japonais pour une table française : le tranchant "
            "de Kawajiri rencontre le geste de la fourchette et du couteau."
        ),
        size=(230, 20, 15),
        weight_g=280,
        finish="Acier inoxydable forgé, manche en camphrier",
        pairing="Pour une pièce de bœuf akaushi de Kumamoto, grillée.",
        tags=["couverts", "cadeau", "fait-main"],
        price="240.00",
        stock=3,
    ),
    _obj(
        "KMM-007",
        "Couteau à fromage de Kawajiri",
        "川尻刃物 チーズナイフ",
        craft="kawajiri-hamono",
        artisan="forge-nagata",
        summary="Un couteau à fromage à lame ajourée et pointe fourchue, forgé à Kawajiri.",
        description=(
            "La lame, ajourée pour que les pâtes molles n’y collent pas, se termine par deux "
            "pointes qui servent à piquer les morceaux."
        ),
        story=(
            "Forgé pour la table française, ce couteau montre comment un savoir-faire japonais "
            "peut se mettre au service d’un plateau de fromages."
        ),
        size=(250, 30, 15),
        weight_g=90,
        finish="Acier inoxydable forgé, manche en camphrier",
        pairing="Pour un plateau de fromages accompagné d’un shōchū de riz de Kuma.",
        tags=["couverts", "cadeau"],
        price="85.00",
        stock=6,
        images=1,
    ),
    _obj(
        "KMM-008",
        "Couteau de chef gyūtō de Kawajiri",
        "川尻刃物 牛刀",
        craft="kawajiri-hamono",
        artisan="forge-uchida",
        summary="Un grand couteau de chef de 240 mm, forgé et poli à la main, pièce unique.",
        description=(
            "La lame en acier au carbone aogami est prise entre deux couches de fer doux ; la "
            "ligne de soudure dessine une vague sur le flanc. Chaque étape, de la forge à "
            "l’affûtage, a été réalisée à la main."
        ),
        story=(
            "Le gyūtō, littéralement « couteau à bœuf », est né de la rencontre entre la forge "
            "japonaise et la cuisine occidentale à l’ère Meiji. Cette pièce réunit les deux "
            "traditions au plus haut niveau."
        ),
        size=(380, 50, 22),
        weight_g=210,
        finish="Acier au carbone aogami et fer doux, manche en ébène, virole en corne",
        pairing="Pour découper une pièce de bœuf akaushi ou préparer le basashi.",
        tags=["pièce-unique", "cuisine", "fait-main"],
        price="450.00",
        stock=1,
        images=3,
    ),
    _obj(
        "KMM-009",
        "Planche à découper en hinoki",
        "桧 まな板",
        craft="sashimono-kumamoto",
        artisan="atelier-kuroki",
        summary="Une planche en cyprès hinoki, douce pour les lames et au parfum frais.",
        description=(
            "Le hinoki est tendre : il préserve le tranchant des couteaux japonais. Ses bords "
            "sont assemblés à rainure et languette pour éviter qu’elle ne se déforme."
        ),
        story=(
            "Le menuisier conçoit cette planche comme le complément naturel des couteaux de "
            "Kawajiri : deux savoir-faire d’une même ville au service de la cuisine."
        ),
        size=(400, 240, 25),
        weight_g=900,
        finish="Cyprès hinoki de Kyūshū, non traité",
        pairing="Pour trancher un sashimi ou préparer le basashi.",
        tags=["cuisine", "fait-main"],
        price="90.00",
        stock=7,
    ),
    _obj(
        "KMM-010",
        "Plateau assemblé en camphrier",
        "楠 指物 盆",
        craft="sashimono-kumamoto",
        artisan="atelier-kuroki",
        summary=(
            "Un plateau rectangulaire dont les bords sont assemblés à queues d’aronde, sans clou."
        ),
        description=(
            "Le camphrier, au veinage moiré, est assemblé à queues d’aronde apparentes. Une huile "
            "alimentaire protège la surface."
        ),
        story=(
            "Le camphrier est l’arbre emblème du département de Kumamoto. Le menuisier en fait un "
            "plateau au dessin contemporain, où l’assemblage devient décor."
        ),
        size=(360, 250, 35),
        weight_g=850,
        finish="Camphrier massif, assemblage à queues d’aronde, huile alimentaire",
        pairing="Pour servir un apéritif de karashi renkon et de shōchū.",
        tags=["plateau", "service", "fait-main"],
        price="120.00",
        stock=5,
    ),
    _obj(
        "KMM-011",
        "Boîte à bentō assemblée en hinoki",
        "桧 指物 弁当箱",
        craft="sashimono-kumamoto",
        artisan="atelier-kuroki",
        summary="Une boîte à repas en hinoki assemblée à tenons, au couvercle emboîté.",
        description=(
            "Le hinoki régule l’humidité et garde le riz tendre. Le couvercle s’emboîte avec "
            "précision, sans fermeture métallique."
        ),
        story=(
            "L’ébénisterie de précision s’applique ici à un objet du quotidien, qui accompagne "
            "les déjeuners au parc du château."
        ),
        size=(190, 110, 60),
        weight_g=260,
        finish="Cyprès hinoki, assemblage à tenons, non verni",
        pairing="Pour un riz aux légumes et quelques tranches de karashi renkon.",
        tags=["riz", "cuisine", "fait-main"],
        price="110.00",
        stock=6,
    ),
    _obj(
        "KMM-012",
        "Bloc à couteaux en camphrier",
        "楠 包丁立て",
        craft="sashimono-kumamoto",
        artisan="atelier-kuroki",
        summary="Un bloc assemblé pour ranger quatre couteaux japonais sans abîmer leur tranchant.",
        description=(
            "Les fentes sont garnies de lamelles de hinoki, tendres pour les lames. Le bloc, en "
            "camphrier massif, est assemblé sans clou."
        ),
        story=(
            "Conçu avec la forge Uchida, ce bloc réunit les deux savoir-faire de Kumamoto "
            "présentés à l’exposition."
        ),
        size=(150, 110, 230),
        weight_g=1400,
        finish="Camphrier massif, lamelles de hinoki, huile alimentaire",
        pairing="Pour ranger santoku, deba, yanagiba et couteau d’office de Kawajiri.",
        tags=["cuisine", "fait-main"],
        price="95.00",
        stock=0,
    ),
    _obj(
        "KMM-013",
        "Coffret à thé en camphrier (chabako)",
        "楠 指物 茶箱",
        craft="sashimono-kumamoto",
        artisan="atelier-kuroki",
        summary="Un coffret assemblé pour emporter un service à thé complet, pièce unique.",
        description=(
            "Le coffret accueille un bol, une boîte à thé, un fouet et une cuillère, chacun à sa "
            "place. Son couvercle est maintenu par un assemblage coulissant."
        ),
        story=(
            "Le chabako permettait de préparer le thé en plein air. Le parfum du camphrier, qui "
            "éloigne les insectes, protège son contenu."
        ),
        size=(240, 160, 150),
        weight_g=1100,
        finish="Camphrier massif, assemblage à queues d’aronde, finition à la cire",
        pairing="Pour un matcha en plein air lors du hanami au château de Kumamoto.",
        tags=["thé", "pièce-unique", "fait-main"],
        price="280.00",
        stock=1,
        images=3,
    ),
]

OBJECTS = [
    *_NIIGATA,
    *_TOYAMA,
    *_KANAZAWA,
    *_FUKUI,
    *_NAGANO,
    *_SHIZUOKA,
    *_FUKUOKA,
    *_KUMAMOTO,
]
