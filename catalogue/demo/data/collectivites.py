"""The eight collectivités of the 2021 edition and the crafts each of them showed.

`prefecture` is the département a city belongs to, or the capital of a département;
latitude and longitude are those of the city (or of the département's capital).
`image_kind` picks the generated landscape (see catalogue.demo.images.landscape_image).
"""

COLLECTIVITES = [
    dict(
        slug="niigata",
        kind="departement",
        title="Département de Niigata",
        short_name="Niigata",
        name_ja="新潟県",
        prefecture="Niigata",
        prefecture_ja="新潟市",
        latitude=37.9161,
        longitude=139.0364,
        region="Chūbu",
        intro=(
            "Le département de Niigata s’étire sur la côte de la mer du Japon, face à l’île de "
            "Sado. Ses grandes plaines donnent le célèbre riz Koshihikari et l’eau de fonte de "
            "ses neiges abondantes nourrit plus de brasseries de saké qu’aucun autre département. "
            "Terre de longs hivers et de savoir-faire patients, Niigata compte aussi la région "
            "métallurgique de Tsubame-Sanjō, des menuisiers maîtres du kumiko et les laqueurs de "
            "Murakami."
        ),
        crafts=["kumiko-niigata", "murakami-kibori-tsuishu"],
        image_kind="mer",
    ),
    dict(
        slug="toyama",
        kind="departement",
        title="Département de Toyama",
        short_name="Toyama",
        name_ja="富山県",
        prefecture="Toyama",
        prefecture_ja="富山市",
        latitude=36.6953,
        longitude=137.2113,
        region="Chūbu",
        intro=(
            "Le département de Toyama s’étend de la baie de Toyama, riche en poissons et "
            "crustacés, jusqu’aux sommets du massif de Tateyama, qui dépassent 3 000 mètres. Sa "
            "deuxième ville, Takaoka, est depuis le début du XVIIe siècle le grand centre "
            "japonais de la fonderie du cuivre et du bronze. Cloches, statues, vases et objets de "
            "table y sont coulés puis patinés selon des techniques transmises depuis plus de "
            "quatre siècles."
        ),
        crafts=["takaoka-doki"],
        image_kind="montagne",
    ),
    dict(
        slug="kanazawa",
        kind="ville",
        title="Ville de Kanazawa",
        short_name="Kanazawa",
        name_ja="金沢市",
        prefecture="Ishikawa",
        prefecture_ja="石川県",
        latitude=36.5613,
        longitude=136.6562,
        region="Chūbu",
        intro=(
            "Chef-lieu du département d’Ishikawa, Kanazawa fut la capitale du fief de Kaga, le "
            "plus riche de l’époque d’Edo, gouverné par la famille Maeda. Épargnée par les "
            "bombardements de la Seconde Guerre mondiale, la ville a conservé ses quartiers de "
            "samouraïs et de maisons de thé. Les Maeda y ont encouragé les arts : Kanazawa "
            "produit aujourd’hui plus de 99 % des feuilles d’or du Japon et reste un foyer vivant "
            "de la porcelaine de Kutani."
        ),
        crafts=["kanazawa-haku", "kutani-yaki"],
        image_kind="jardin",
    ),
    dict(
        slug="fukui",
        kind="ville",
        title="Ville de Fukui",
        short_name="Fukui",
        name_ja="福井市",
        prefecture="Fukui",
        prefecture_ja="福井県",
        latitude=36.0641,
        longitude=136.2196,
        region="Chūbu",
        intro=(
            "Chef-lieu du département du même nom, Fukui s’ouvre sur la mer du Japon au cœur de "
            "l’ancienne province d’Echizen. Relevée après les bombardements de 1945 et le grand "
            "séisme de 1948, elle a pris le phénix pour emblème. Ses environs abritent la poterie "
            "d’Echizen, l’un des six fours anciens du Japon, et les laqueurs de Sabae, dont la "
            "tradition remonterait à quinze siècles."
        ),
        crafts=["echizen-yaki", "echizen-shikki"],
        image_kind="mer",
    ),
    dict(
        slug="nagano",
        kind="departement",
        title="Département de Nagano",
        short_name="Nagano",
        name_ja="長野県",
        prefecture="Nagano",
        prefecture_ja="長野市",
        latitude=36.6513,
        longitude=138.1810,
        region="Chūbu",
        intro=(
            "Au cœur de Honshū, le département de Nagano, l’ancienne province de Shinano, est "
            "entouré par les Alpes japonaises et bordé par huit autres départements. Il a "
            "accueilli les Jeux olympiques d’hiver de 1998. Ses forêts, notamment celles de la "
            "vallée de Kiso, fournissent depuis des siècles un bois recherché, travaillé par des "
            "menuisiers et des sculpteurs, du lattis kumiko à la sculpture de Karuizawa."
        ),
        crafts=["kumiko-nagano", "karuizawa-bori"],
        image_kind="montagne",
    ),
    dict(
        slug="shizuoka",
        kind="ville",
        title="Ville de Shizuoka",
        short_name="Shizuoka",
        name_ja="静岡市",
        prefecture="Shizuoka",
        prefecture_ja="静岡県",
        latitude=34.9756,
        longitude=138.3828,
        region="Chūbu",
        intro=(
            "Chef-lieu du département du même nom, Shizuoka occupe le site de l’ancienne Sunpu, "
            "où Tokugawa Ieyasu passa ses dernières années. Selon la tradition locale, les "
            "artisans venus de tout le pays pour bâtir ses sanctuaires y sont restés, fondant une "
            "tradition de laque, de menuiserie et de vannerie. Entre le mont Fuji et la baie de "
            "Suruga, la ville est aussi l’un des grands centres du thé vert japonais."
        ),
        crafts=["suruga-shikki"],
        image_kind="montagne",
    ),
    dict(
        slug="fukuoka",
        kind="departement",
        title="Département de Fukuoka",
        short_name="Fukuoka",
        name_ja="福岡県",
        prefecture="Fukuoka",
        prefecture_ja="福岡市",
        latitude=33.5902,
        longitude=130.4017,
        region="Kyūshū",
        intro=(
            "Au nord de Kyūshū, le département de Fukuoka est depuis l’Antiquité la porte du "
            "Japon vers le continent asiatique. Son chef-lieu réunit l’ancienne cité marchande de "
            "Hakata et la ville-château de Fukuoka. C’est par Hakata qu’est arrivé au XIIIe "
            "siècle le savoir-faire qui a donné naissance au tissage Hakata-ori ; la ville est "
            "aujourd’hui réputée pour ses stands de rue yatai, son ramen et ses grandes fêtes."
        ),
        crafts=["hakata-ori"],
        image_kind="festival",
    ),
    dict(
        slug="kumamoto",
        kind="ville",
        title="Ville de Kumamoto",
        short_name="Kumamoto",
        name_ja="熊本市",
        prefecture="Kumamoto",
        prefecture_ja="熊本県",
        latitude=32.8031,
        longitude=130.7079,
        region="Kyūshū",
        intro=(
            "Chef-lieu du département du même nom, au centre de Kyūshū, Kumamoto s’est développée "
            "au pied du château bâti par Katō Kiyomasa au début du XVIIe siècle. Durement touchée "
            "par les séismes de 2016, la ville a fait de la restauration de son château le "
            "symbole de sa reconstruction. Dans le quartier de Kawajiri, ancien port fluvial au "
            "sud de la ville, forgerons et menuisiers perpétuent des savoir-faire transmis de "
            "génération en génération."
        ),
        crafts=["kawajiri-hamono", "sashimono-kumamoto"],
        image_kind="ville",
    ),
]

CRAFTS = [
    dict(
        slug="kumiko-niigata",
        name="Kumiko",
        name_ja="組子",
        name_fr="Kumiko de Niigata",
        collectivite="niigata",
        material="bois",
        description=(
            "Le kumiko est l’art d’assembler, sans clou ni colle, de fines baguettes de bois "
            "taillées au dixième de millimètre pour former des motifs géométriques. Né dans la "
            "menuiserie des portes coulissantes et des impostes ajourées (ranma), il est perpétué "
            "par les menuisiers de Niigata, région de bois et de longs hivers. Il s’invite "
            "aujourd’hui sur la table en dessous-de-plat, sous-verres et plateaux."
        ),
    ),
    dict(
        slug="murakami-kibori-tsuishu",
        name="Murakami-kibori tsuishu",
        name_ja="村上木彫堆朱",
        name_fr="Laque sculptée de Murakami",
        collectivite="niigata",
        material="laque",
        description=(
            "À Murakami, au nord du département, les artisans sculptent d’abord le bois, puis le "
            "recouvrent de couches successives de laque vermillon, à la manière des laques "
            "sculptées chinoises (tsuishu). Cette technique, reconnue artisanat traditionnel par "
            "l’État japonais, orne plateaux, boîtes et soucoupes de motifs floraux en relief qui "
            "se patinent joliment avec les années."
        ),
    ),
    dict(
        slug="takaoka-doki",
        name="Takaoka dōki",
        name_ja="高岡銅器",
        name_fr="Cuivrerie de Takaoka",
        collectivite="toyama",
        material="metal",
        description=(
            "En 1611, Maeda Toshinaga, fondateur de Takaoka, y fit venir sept fondeurs : le "
            "quartier de Kanaya-machi est né de cette initiative. Takaoka assure aujourd’hui "
            "l’essentiel de la production japonaise d’objets en cuivre et en bronze coulés, des "
            "cloches de temple aux objets de table. Ses artisans sont aussi réputés pour leurs "
            "patines, obtenues par oxydation du métal, du brun profond au vert-de-gris."
        ),
    ),
    dict(
        slug="kanazawa-haku",
        name="Kanazawa-haku",
        name_ja="金沢箔",
        name_fr="Feuille d’or de Kanazawa",
        collectivite="kanazawa",
        material="autres",
        description=(
            "Le battage de l’or à Kanazawa remonte à la fin du XVIe siècle, sous les seigneurs "
            "Maeda. La ville produit aujourd’hui plus de 99 % des feuilles d’or du Japon, battues "
            "jusqu’à une épaisseur d’environ un dix-millième de millimètre. Elles dorent temples, "
            "laques et porcelaines, et jusqu’aux mets et au saké des jours de fête."
        ),
    ),
    dict(
        slug="kutani-yaki",
        name="Kutani-yaki",
        name_ja="九谷焼",
        name_fr="Porcelaine de Kutani",
        collectivite="kanazawa",
        material="porcelaine-ceramique",
        description=(
            "Apparue au milieu du XVIIe siècle dans le village de Kutani, puis relancée au début "
            "du XIXe siècle, notamment à Kanazawa avec le four de Kasugayama, la porcelaine de "
            "Kutani est célèbre pour ses cinq couleurs (gosai) : vert, jaune, violet, bleu "
            "profond et rouge. Ses décors peints à la main couvrent souvent toute la surface de "
            "la pièce, avec une audace qui n’appartient qu’à elle."
        ),
    ),
    dict(
        slug="echizen-yaki",
        name="Echizen-yaki",
        name_ja="越前焼",
        name_fr="Poterie d’Echizen",
        collectivite="fukui",
        material="porcelaine-ceramique",
        description=(
            "Compté parmi les six fours anciens du Japon, le grès d’Echizen est produit depuis la "
            "fin de l’époque de Heian, il y a environ 850 ans. Cuit à haute température, souvent "
            "sans glaçure, il doit ses reflets à la cendre du bois qui fond sur la pièce pendant "
            "la cuisson. Robuste et sobre, il a longtemps servi aux grandes jarres et convient "
            "aujourd’hui à la vaisselle de tous les jours."
        ),
    ),
    dict(
        slug="echizen-shikki",
        name="Echizen shikki",
        name_ja="越前漆器",
        name_fr="Laque d’Echizen",
        collectivite="fukui",
        material="laque",
        description=(
            "Selon la tradition, la laque d’Echizen remonte au VIe siècle, lorsqu’un artisan "
            "laqua la couronne du prince Ōdo, futur empereur Keitai. Concentrée dans le quartier "
            "de Kawada, à Sabae, voisine de Fukui, elle fournit aujourd’hui une grande part de la "
            "vaisselle laquée des restaurants et des auberges du Japon. Ses bols noirs et "
            "vermillon sont appréciés pour leur solidité."
        ),
    ),
    dict(
        slug="kumiko-nagano",
        name="Kumiko",
        name_ja="組子",
        name_fr="Kumiko de Nagano",
        collectivite="nagano",
        material="bois",
        description=(
            "Dans les montagnes de Nagano, riches en cyprès hinoki et en cèdres, les menuisiers "
            "perpétuent le kumiko : des centaines de lamelles de bois, entaillées et emboîtées "
            "sans clou ni colle, composent des motifs comme la feuille de chanvre (asanoha). "
            "Autrefois réservé aux cloisons et aux portes coulissantes, ce lattis devient "
            "aujourd’hui sous-verre, plateau ou lampe de table."
        ),
    ),
    dict(
        slug="karuizawa-bori",
        name="Karuizawa-bori",
        name_ja="軽井沢彫",
        name_fr="Sculpture sur bois de Karuizawa",
        collectivite="nagano",
        material="bois",
        description=(
            "Née au début du XXe siècle pour meubler les villas des étrangers en villégiature à "
            "Karuizawa, cette sculpture sur bois allie des formes occidentales à une gravure "
            "japonaise minutieuse. Son motif emblématique est la fleur de cerisier, taillée en "
            "relief profond au ciseau."
        ),
    ),
    dict(
        slug="suruga-shikki",
        name="Suruga shikki",
        name_ja="駿河漆器",
        name_fr="Laque de Suruga",
        collectivite="shizuoka",
        material="laque",
        description=(
            "La laque de Suruga s’est développée à Shizuoka, l’ancienne Sunpu, à partir de "
            "l’époque d’Edo. Elle est réputée pour la variété de ses laques à effets "
            "(kawari-nuri) : surfaces mouchetées, incrustations de coquille d’œuf, poudres "
            "métalliques ou textures imitant la pierre. Plateaux, boîtes et bols y gagnent un "
            "décor toujours différent, d’une grande délicatesse."
        ),
    ),
    dict(
        slug="hakata-ori",
        name="Hakata-ori",
        name_ja="博多織",
        name_fr="Tissage de Hakata",
        collectivite="fukuoka",
        material="textile",
        description=(
            "Le tissage de Hakata remonte à 1241, lorsque le marchand Mitsuda Yazaemon revint de "
            "Chine, où il avait voyagé avec le moine Enni (Shōichi Kokushi), et transmit les "
            "techniques apprises là-bas. Sa soie dense, aux fils de chaîne très serrés, est ferme "
            "et brillante. Le motif « kenjō », offert chaque année par le fief de Kuroda au "
            "shogunat, associe le tokko (vajra bouddhique) et le hanazara (coupe à fleurs)."
        ),
    ),
    dict(
        slug="kawajiri-hamono",
        name="Kawajiri hamono",
        name_ja="川尻刃物",
        name_fr="Couteaux de Kawajiri",
        collectivite="kumamoto",
        material="metal",
        description=(
            "Dans l’ancien port de Kawajiri, au sud de Kumamoto, la forge des lames se pratique "
            "depuis des siècles. Forgés, trempés et affûtés à la main, les couteaux de Kawajiri "
            "sont réputés pour leur tranchant durable et leur robustesse, et figurent parmi les "
            "artisanats traditionnels reconnus par le département de Kumamoto."
        ),
    ),
    dict(
        slug="sashimono-kumamoto",
        name="Sashimono",
        name_ja="指物",
        name_fr="Menuiserie d’assemblage de Kumamoto",
        collectivite="kumamoto",
        material="bois",
        description=(
            "Le sashimono est l’ébénisterie japonaise d’assemblage : coffrets, plateaux et petits "
            "meubles sont montés par tenons et mortaises, sans clou apparent. À Kumamoto, les "
            "menuisiers travaillent notamment le camphrier, arbre emblème du département, et le "
            "cyprès hinoki, pour des pièces sobres et faites pour durer."
        ),
    ),
]
