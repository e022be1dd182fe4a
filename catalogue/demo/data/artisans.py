"""Illustrative workshops, two or three per collectivité, each tied to one of its crafts.

These are invented for the demo: plausible names in the right towns, not real people.
"""

ARTISANS = [
    # Niigata
    dict(
        slug="atelier-kobayashi",
        name="Atelier Kobayashi",
        name_ja="小林組子",
        place="Kamo",
        collectivite="niigata",
        craft="kumiko-niigata",
        bio=(
            "Installé à Kamo, ville de menuisiers et d’ébénistes, l’atelier Kobayashi fabrique "
            "depuis trois générations portes coulissantes et impostes en kumiko. Le petit-fils du "
            "fondateur a adapté les motifs traditionnels à de petits objets de table, taillés "
            "dans le cèdre et le cyprès hinoki."
        ),
    ),
    dict(
        slug="atelier-saito",
        name="Atelier Saitō",
        name_ja="斎藤木彫堆朱",
        place="Murakami",
        collectivite="niigata",
        craft="murakami-kibori-tsuishu",
        bio=(
            "À Murakami, l’atelier Saitō sculpte puis laque à la main plateaux, boîtes et "
            "soucoupes. Chaque pièce passe d’abord par le ciseau du sculpteur, puis reçoit une "
            "dizaine de couches de laque vermillon, polies jusqu’à révéler le relief."
        ),
    ),
    dict(
        slug="atelier-endo",
        name="Atelier Endō",
        name_ja="遠藤漆工房",
        place="Murakami",
        collectivite="niigata",
        craft="murakami-kibori-tsuishu",
        bio=(
            "Jeune atelier fondé par une laqueuse formée à Murakami, l’atelier Endō réinterprète "
            "la laque sculptée pour la table d’aujourd’hui : couverts, coupelles et plateaux aux "
            "motifs épurés, pensés pour un usage quotidien."
        ),
    ),
    # Toyama
    dict(
        slug="fonderie-morikawa",
        name="Fonderie Morikawa",
        name_ja="森川鋳造所",
        place="Takaoka",
        collectivite="toyama",
        craft="takaoka-doki",
        bio=(
            "Fondée dans le quartier de Kanaya-machi, la fonderie Morikawa coule le bronze et le "
            "laiton dans des moules de sable. Longtemps spécialisée dans les objets bouddhiques, "
            "elle conçoit aujourd’hui une vaisselle de métal aux formes simples."
        ),
    ),
    dict(
        slug="atelier-ishida",
        name="Atelier Ishida",
        name_ja="石田着色工房",
        place="Takaoka",
        collectivite="toyama",
        craft="takaoka-doki",
        bio=(
            "L’atelier Ishida est spécialisé dans la coloration du cuivre (chakushoku), une étape "
            "propre à Takaoka. Par le feu, des solutions minérales et parfois du son de riz, ses "
            "artisans obtiennent des patines brunes, rouges ou vert-de-gris, toutes différentes."
        ),
    ),
    dict(
        slug="atelier-ueno",
        name="Atelier Ueno",
        name_ja="上野彫金",
        place="Takaoka",
        collectivite="toyama",
        craft="takaoka-doki",
        bio=(
            "Ciseleur de métal (chōkin) de père en fils, l’atelier Ueno grave et incruste à la "
            "main motifs de vagues, de fleurs et d’oiseaux sur les pièces coulées à Takaoka."
        ),
    ),
    # Kanazawa
    dict(
        slug="atelier-hayashi",
        name="Atelier Hayashi",
        name_ja="林工房",
        place="Kanazawa",
        collectivite="kanazawa",
        craft="kutani-yaki",
        bio=(
            "Peintre sur porcelaine formé dans la tradition du four de Kasugayama, le fondateur "
            "de l’atelier Hayashi travaille les cinq couleurs de Kutani. Ses pièces, souvent de "
            "petit format, mêlent motifs classiques de pivoines et d’oiseaux et compositions "
            "graphiques plus contemporaines."
        ),
    ),
    dict(
        slug="atelier-yamazaki",
        name="Atelier Yamazaki",
        name_ja="山崎九谷",
        place="Kanazawa",
        collectivite="kanazawa",
        craft="kutani-yaki",
        bio=(
            "L’atelier Yamazaki s’est fait une spécialité du décor akae, peint au rouge de fer en "
            "traits d’une finesse extrême. Il réalise aussi bien des coupes à saké que des tasses "
            "à café."
        ),
    ),
    dict(
        slug="atelier-nakamura",
        name="Atelier Nakamura",
        name_ja="中村箔工房",
        place="Kanazawa",
        collectivite="kanazawa",
        craft="kanazawa-haku",
        bio=(
            "Dans le quartier de Higashiyama, l’atelier Nakamura bat et pose la feuille d’or "
            "depuis quatre générations. Il applique l’or sur la laque, le verre ou la porcelaine, "
            "et propose aussi des paillettes d’or alimentaire pour les tables de fête."
        ),
    ),
    # Fukui
    dict(
        slug="four-kawamura",
        name="Four Kawamura",
        name_ja="川村窯",
        place="Echizen-chō",
        collectivite="fukui",
        craft="echizen-yaki",
        bio=(
            "Installé dans les collines du bourg d’Echizen, le four Kawamura cuit ses grès au "
            "bois plusieurs jours durant. Le potier y tourne une vaisselle robuste, aux couleurs "
            "de terre et de cendre, pensée pour le riz, le thé et le saké."
        ),
    ),
    dict(
        slug="atelier-yoshida",
        name="Atelier Yoshida",
        name_ja="吉田漆器店",
        place="Sabae",
        collectivite="fukui",
        craft="echizen-shikki",
        bio=(
            "Dans le quartier de Kawada, à Sabae, l’atelier Yoshida fabrique depuis l’ère Taishō "
            "bols et plateaux laqués pour les auberges et les restaurants. Il a développé une "
            "gamme de bols et de boîtes pour la table familiale, en noir et vermillon."
        ),
    ),
    dict(
        slug="atelier-matsui",
        name="Atelier Matsui",
        name_ja="松井塗師",
        place="Sabae",
        collectivite="fukui",
        craft="echizen-shikki",
        bio=(
            "Laqueur indépendant formé à Sabae, le fondateur de l’atelier Matsui applique la "
            "laque à la main sur des formes nouvelles : gobelets, plats de service et couverts, "
            "avec des finitions mates ou polies."
        ),
    ),
    # Nagano
    dict(
        slug="atelier-miyazawa",
        name="Atelier Miyazawa",
        name_ja="宮沢組子",
        place="Matsumoto",
        collectivite="nagano",
        craft="kumiko-nagano",
        bio=(
            "À Matsumoto, l’atelier Miyazawa taille ses lamelles dans le cyprès hinoki de Kiso. "
            "Il maîtrise plus de cinquante motifs de kumiko et les décline en sous-verres, "
            "plateaux et luminaires."
        ),
    ),
    dict(
        slug="atelier-tsuchiya",
        name="Atelier Tsuchiya",
        name_ja="土屋彫刻",
        place="Karuizawa",
        collectivite="nagano",
        craft="karuizawa-bori",
        bio=(
            "Héritier des sculpteurs qui meublaient les villas de Karuizawa, l’atelier Tsuchiya "
            "grave à la main la fleur de cerisier sur meubles et objets de table. Ses pièces sont "
            "teintées puis cirées pour faire ressortir le relief."
        ),
    ),
    dict(
        slug="atelier-kubota",
        name="Atelier Kubota",
        name_ja="久保田木工",
        place="Karuizawa",
        collectivite="nagano",
        craft="karuizawa-bori",
        bio=(
            "Ébéniste et sculpteur, le fondateur de l’atelier Kubota associe la sculpture de "
            "Karuizawa à des formes épurées : planches de service, boîtes et présentoirs, plus "
            "légers que le mobilier traditionnel."
        ),
    ),
    # Shizuoka
    dict(
        slug="atelier-mochizuki",
        name="Atelier Mochizuki",
        name_ja="望月漆工房",
        place="Shizuoka",
        collectivite="shizuoka",
        craft="suruga-shikki",
        bio=(
            "L’atelier Mochizuki perpétue à Shizuoka les laques à effets de Suruga. On y "
            "saupoudre, incruste et polit pour obtenir des surfaces mouchetées ou nacrées, jamais "
            "deux fois identiques."
        ),
    ),
    dict(
        slug="atelier-sugiyama",
        name="Atelier Sugiyama",
        name_ja="杉山塗師",
        place="Shizuoka",
        collectivite="shizuoka",
        craft="suruga-shikki",
        bio=(
            "Laqueur de deuxième génération, le fondateur de l’atelier Sugiyama applique la laque "
            "sur bois et sur bambou. Il collabore volontiers avec des designers pour créer des "
            "objets de table contemporains."
        ),
    ),
    # Fukuoka
    dict(
        slug="atelier-nishimura",
        name="Atelier Nishimura",
        name_ja="西村織物",
        place="Fukuoka",
        collectivite="fukuoka",
        craft="hakata-ori",
        bio=(
            "Tisserand de ceintures obi depuis trois générations, l’atelier Nishimura travaille "
            "sur des métiers Jacquard réglés à la main. Il tisse aussi des sets et des chemins de "
            "table aux motifs kenjō."
        ),
    ),
    dict(
        slug="atelier-okabe",
        name="Atelier Okabe",
        name_ja="岡部機業",
        place="Fukuoka",
        collectivite="fukuoka",
        craft="hakata-ori",
        bio=(
            "L’atelier Okabe s’attache à faire entrer le Hakata-ori dans la vie de tous les "
            "jours : étuis, pochettes et petits accessoires de table, dans des couleurs nouvelles "
            "qui respectent la structure du tissage traditionnel."
        ),
    ),
    # Kumamoto
    dict(
        slug="forge-uchida",
        name="Forge Uchida",
        name_ja="内田刃物",
        place="Kawajiri",
        collectivite="kumamoto",
        craft="kawajiri-hamono",
        bio=(
            "Dans le quartier de Kawajiri, la forge Uchida bat l’acier au marteau et trempe ses "
            "lames à l’eau. Couteaux de cuisine, de pêcheur et de jardin sont affûtés sur pierre "
            "à eau, un par un."
        ),
    ),
    dict(
        slug="forge-nagata",
        name="Forge Nagata",
        name_ja="永田鍛冶",
        place="Kawajiri",
        collectivite="kumamoto",
        craft="kawajiri-hamono",
        bio=(
            "Forgeron de la jeune génération, le fondateur de la forge Nagata a appris le métier "
            "auprès des anciens de Kawajiri. Il dessine des couteaux de table et d’office pensés "
            "aussi pour la cuisine occidentale."
        ),
    ),
    dict(
        slug="atelier-kuroki",
        name="Atelier Kuroki",
        name_ja="黒木指物",
        place="Kumamoto",
        collectivite="kumamoto",
        craft="sashimono-kumamoto",
        bio=(
            "Menuisier d’assemblage, l’atelier Kuroki fabrique coffrets, plateaux et planches en "
            "camphrier et en hinoki de Kyūshū. Tenons, queues d’aronde et chevilles de bois "
            "remplacent clous et vis."
        ),
    ),
]
