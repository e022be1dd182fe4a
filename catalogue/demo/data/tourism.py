"""One tourism page per collectivité: what to see, to taste, when to go, how to get there.

Travel times are typical times from Tokyo station (or Haneda for flights); links point
only to official top-level sites. `image_kind` (on the page and on each sight) picks the
generated landscape, see catalogue.demo.images.landscape_image.
"""

_JAPAN_TRAVEL = dict(
    label="Office national du tourisme japonais (JNTO)",
    url="https://www.japan.travel/fr/",
)

TOURISM = [
    dict(
        collectivite="niigata",
        slug="decouvrir-niigata",
        image_kind="mer",
        title="Découvrir Niigata",
        title_ja="新潟を旅する",
        intro=(
            "Rizières à perte de vue, brasseries de saké, île de Sado et villages sous la neige : "
            "le département de Niigata se découvre au rythme des saisons, entre mer du Japon et "
            "montagnes."
        ),
        sights=[
            dict(
                name="Île de Sado",
                name_ja="佐渡島",
                text=(
                    "Ancienne terre d’exil puis île de l’or grâce à ses mines, Sado se visite en "
                    "bateau-baquet (tarai-bune) dans ses criques rocheuses. C’est aussi la patrie "
                    "des tambours taiko de l’ensemble Kodō."
                ),
                image_kind="mer",
            ),
            dict(
                name="Tsubame-Sanjō",
                name_ja="燕三条",
                text=(
                    "Ces deux villes voisines forment l’un des grands centres japonais du travail "
                    "des métaux : couverts, casseroles, outils et couteaux. Plusieurs ateliers "
                    "ouvrent leurs portes aux visiteurs."
                ),
                image_kind="ville",
            ),
            dict(
                name="Sanctuaire de Yahiko",
                name_ja="彌彦神社",
                text=(
                    "Au pied du mont Yahiko, ce grand sanctuaire shintō est vénéré depuis "
                    "l’Antiquité dans toute la province d’Echigo. Un téléphérique mène au sommet, "
                    "d’où l’on voit la plaine et, par temps clair, l’île de Sado."
                ),
                image_kind="jardin",
            ),
            dict(
                name="Rizières en terrasses de Hoshitōge",
                name_ja="星峠の棚田",
                text=(
                    "Près de Tōkamachi, des centaines de rizières en terrasses épousent les "
                    "collines. Au printemps, lorsqu’elles sont en eau, elles reflètent le ciel et "
                    "se couvrent de brume au lever du jour."
                ),
                image_kind="montagne",
            ),
        ],
        food=[
            dict(
                name="Riz Koshihikari",
                name_ja="コシヒカリ",
                text=(
                    "La variété Koshihikari, cultivée notamment dans la région d’Uonuma, est l’un "
                    "des riz les plus réputés du Japon, pour son grain brillant, tendre et "
                    "légèrement sucré."
                ),
            ),
            dict(
                name="Saké de Niigata",
                name_ja="新潟の地酒",
                text=(
                    "Niigata compte plus de brasseries de saké que tout autre département. Ses "
                    "sakés, souvent secs et limpides (tanrei karakuchi), accompagnent à merveille "
                    "les poissons de la mer du Japon."
                ),
            ),
            dict(
                name="Hegi soba",
                name_ja="へぎそば",
                text=(
                    "Ces nouilles de sarrasin liées à l’algue funori sont servies en petites "
                    "portions enroulées sur un grand plateau de bois, le hegi. Elles sont fermes "
                    "et lisses."
                ),
            ),
        ],
        seasons=[
            dict(
                name="Grand feu d’artifice de Nagaoka",
                name_ja="長岡まつり大花火大会",
                when="2 et 3 août",
                text=(
                    "L’un des plus célèbres feux d’artifice du Japon, tiré au-dessus de la "
                    "rivière Shinano en mémoire des victimes des bombardements de 1945 et en "
                    "prière pour la paix."
                ),
            ),
            dict(
                name="Fête de la neige de Tōkamachi",
                name_ja="十日町雪まつり",
                when="février",
                text=(
                    "Créée en 1950, cette fête présentée comme la première « fête de la neige » "
                    "moderne du Japon réunit sculptures de neige, scènes et stands dans l’une des "
                    "régions les plus enneigées du pays."
                ),
            ),
        ],
        access=(
            "Depuis la gare de Tokyo, le Jōetsu Shinkansen relie Niigata en 2 heures environ. "
            "Pour l’île de Sado, des jetfoils partent du port de Niigata vers Ryōtsu (environ 1 "
            "heure de traversée) ; le ferry met environ 2 h 30."
        ),
        links=[
            dict(
                label=("Site officiel du département de Niigata"),
                url=("https://www.pref.niigata.lg.jp/"),
            ),
            _JAPAN_TRAVEL,
        ],
    ),
    dict(
        collectivite="toyama",
        slug="decouvrir-toyama",
        image_kind="montagne",
        title="Découvrir Toyama",
        title_ja="富山を旅する",
        intro=(
            "Entre une baie aux eaux profondes et des sommets de plus de 3 000 mètres, Toyama "
            "offre des paysages spectaculaires, des villages au toit de chaume et une tradition "
            "de fonderie vieille de quatre siècles."
        ),
        sights=[
            dict(
                name="Route alpine Tateyama Kurobe",
                name_ja="立山黒部アルペンルート",
                text=(
                    "Bus, funiculaires et téléphériques traversent les Alpes du Nord jusqu’au "
                    "barrage de Kurobe, haut de 186 mètres. Au printemps, la route passe entre "
                    "les murs de neige du « Yuki no Ōtani »."
                ),
                image_kind="montagne",
            ),
            dict(
                name="Grand Bouddha de Takaoka",
                name_ja="高岡大仏",
                text=(
                    "Achevé en 1933 par les fondeurs de Takaoka, ce Bouddha Amida en bronze est "
                    "compté parmi les trois grands Bouddhas du Japon. Il témoigne du savoir-faire "
                    "de la ville dans le travail du cuivre."
                ),
                image_kind="ville",
            ),
            dict(
                name="Quartier de Kanaya-machi",
                name_ja="金屋町",
                text=(
                    "Berceau de la fonderie de Takaoka, ce quartier aux rues pavées et aux "
                    "façades à claustras de bois (sama-no-ko) abrite encore des ateliers et des "
                    "boutiques d’objets en cuivre."
                ),
                image_kind="ville",
            ),
            dict(
                name="Village de Gokayama",
                name_ja="五箇山",
                text=(
                    "Inscrits au patrimoine mondial de l’UNESCO avec Shirakawa-gō, les hameaux de "
                    "Gokayama conservent leurs maisons gasshō-zukuri aux grands toits de chaume "
                    "pentus, faits pour résister à la neige."
                ),
                image_kind="montagne",
            ),
        ],
        food=[
            dict(
                name="Calmar luciole",
                name_ja="ホタルイカ",
                text=(
                    "Au printemps, le calmar luciole (hotaru-ika) remonte dans la baie de Toyama "
                    "et illumine l’eau d’une lueur bleutée. On le déguste bouilli avec une sauce "
                    "au miso vinaigré."
                ),
            ),
            dict(
                name="Crevette blanche",
                name_ja="白えび",
                text=(
                    "Surnommée le « joyau de la baie de Toyama », la crevette blanche (shiro-ebi) "
                    "se déguste crue, en sashimi, ou en tempura croustillante."
                ),
            ),
            dict(
                name="Masu-zushi",
                name_ja="ますのすし",
                text=(
                    "Cette spécialité de truite marinée pressée sur du riz vinaigré, dans une "
                    "boîte ronde tapissée de feuilles de bambou, est l’un des bentō de gare les "
                    "plus célèbres du Japon."
                ),
            ),
        ],
        seasons=[
            dict(
                name="Owara kaze no bon",
                name_ja="おわら風の盆",
                when="1er au 3 septembre",
                text=(
                    "Dans le quartier de Yatsuo, les danseurs coiffés de chapeaux de paille "
                    "défilent au son mélancolique du kokyū et du shamisen, de jour comme de nuit, "
                    "pour apaiser les vents d’automne."
                ),
            ),
            dict(
                name="Murs de neige de Yuki no Ōtani",
                name_ja="雪の大谷",
                when="de mi-avril à juin",
                text=(
                    "À l’ouverture de la route alpine, on marche entre des murs de neige qui "
                    "peuvent dépasser 15 mètres de haut, sous le ciel bleu du printemps."
                ),
            ),
        ],
        access=(
            "Le Hokuriku Shinkansen relie Tokyo à Toyama en 2 h 10 environ ; Shin-Takaoka, gare "
            "de Takaoka, est l’arrêt suivant. L’aéroport de Toyama est aussi desservi depuis "
            "Haneda (environ 1 heure de vol)."
        ),
        links=[
            dict(label="Site officiel du département de Toyama", url="https://www.pref.toyama.jp/"),
            _JAPAN_TRAVEL,
        ],
    ),
    dict(
        collectivite="kanazawa",
        slug="decouvrir-kanazawa",
        image_kind="jardin",
        title="Découvrir Kanazawa",
        title_ja="金沢を旅する",
        intro=(
            "Jardins de seigneurs, maisons de thé, marché aux poissons et feuille d’or : Kanazawa "
            "a gardé l’élégance de la capitale des Maeda tout en s’ouvrant à l’art contemporain."
        ),
        sights=[
            dict(
                name="Jardin Kenroku-en",
                name_ja="兼六園",
                text=(
                    "Compté parmi les trois plus beaux jardins du Japon, le Kenroku-en fut "
                    "aménagé par les seigneurs Maeda au pied de leur château. Sa lanterne de "
                    "pierre Kotoji et, en hiver, les cordes yukitsuri qui protègent les pins de "
                    "la neige en sont les emblèmes."
                ),
                image_kind="jardin",
            ),
            dict(
                name="Quartier de Higashi Chaya",
                name_ja="ひがし茶屋街",
                text=(
                    "Les façades de bois à claustras de cet ancien quartier de maisons de thé "
                    "abritent encore des geishas, des salons de thé et des boutiques de feuille "
                    "d’or."
                ),
                image_kind="ville",
            ),
            dict(
                name="Marché d’Ōmichō",
                name_ja="近江町市場",
                text=(
                    "Surnommé la « cuisine de Kanazawa » depuis près de trois siècles, ce marché "
                    "couvert réunit poissonniers, maraîchers et petits comptoirs où l’on déguste "
                    "un bol de riz garni de fruits de mer."
                ),
                image_kind="ville",
            ),
            dict(
                name="Musée d’art contemporain du XXIe siècle",
                name_ja="金沢21世紀美術館",
                text=(
                    "Ouvert en 2004, ce musée circulaire en verre conçu par l’agence SANAA est "
                    "célèbre pour « The Swimming Pool » de Leandro Erlich et pour son "
                    "architecture ouverte sur la ville."
                ),
                image_kind="ville",
            ),
        ],
        food=[
            dict(
                name="Jibu-ni",
                name_ja="治部煮",
                text=(
                    "Plat emblématique de Kanazawa : du canard fariné mijoté avec du fu (gluten "
                    "de blé) et des légumes dans un bouillon légèrement lié, servi dans un bol "
                    "laqué profond."
                ),
            ),
            dict(
                name="Bol de fruits de mer d’Ōmichō",
                name_ja="海鮮丼",
                text=(
                    "Crevette douce, crabe, thon ou œufs de saumon : au marché d’Ōmichō, le "
                    "kaisen-don met à l’honneur les prises de la mer du Japon sur un lit de riz "
                    "vinaigré."
                ),
            ),
            dict(
                name="Wagashi et thé matcha",
                name_ja="和菓子と抹茶",
                text=(
                    "Kanazawa est l’une des grandes villes japonaises de la pâtisserie "
                    "traditionnelle. Un namagashi de saison accompagné d’un bol de matcha se "
                    "savoure dans les maisons de thé ou au Kenroku-en."
                ),
            ),
        ],
        seasons=[
            dict(
                name="Hyakumangoku matsuri",
                name_ja="百万石まつり",
                when="début juin",
                text=(
                    "Cette grande fête commémore l’entrée de Maeda Toshiie à Kanazawa en 1583. "
                    "Son défilé en costumes d’époque traverse la ville jusqu’au château."
                ),
            ),
            dict(
                name="Yukitsuri au Kenroku-en",
                name_ja="兼六園の雪吊り",
                when="de novembre à mars",
                text=(
                    "Dès le début de novembre, les jardiniers tendent des cordes en forme de cône "
                    "au-dessus des grands pins pour soutenir leurs branches sous le poids de la "
                    "neige, offrant l’une des images les plus célèbres de l’hiver japonais."
                ),
            ),
        ],
        access=(
            "Le Hokuriku Shinkansen relie Tokyo à Kanazawa en 2 h 30 environ. On peut aussi "
            "prendre l’avion de Haneda à l’aéroport de Komatsu (environ 1 heure de vol), relié à "
            "Kanazawa par bus en 40 minutes environ."
        ),
        links=[
            dict(
                label="Site officiel de la ville de Kanazawa",
                url="https://www.city.kanazawa.ishikawa.jp/",
            ),
            _JAPAN_TRAVEL,
        ],
    ),
    dict(
        collectivite="fukui",
        slug="decouvrir-fukui",
        image_kind="mer",
        title="Découvrir Fukui",
        title_ja="福井を旅する",
        intro=(
            "Temple zen au cœur de la forêt, falaises battues par la mer du Japon, fossiles de "
            "dinosaures et crabes d’hiver : Fukui et ses environs réservent bien des surprises."
        ),
        sights=[
            dict(
                name="Site historique d’Ichijōdani",
                name_ja="一乗谷朝倉氏遺跡",
                text=(
                    "Dans une vallée de la ville de Fukui, les vestiges de la cité du clan "
                    "Asakura, détruite en 1573, ont été mis au jour ; une rue de maisons de "
                    "samouraïs et de marchands y a été reconstituée."
                ),
                image_kind="jardin",
            ),
            dict(
                name="Temple Eihei-ji",
                name_ja="永平寺",
                text=(
                    "Fondé en 1244 par le maître Dōgen, ce temple est l’un des deux temples "
                    "principaux de l’école zen Sōtō. Ses bâtiments reliés par des galeries "
                    "s’étagent dans une forêt de cèdres centenaires, où vivent et pratiquent des "
                    "moines."
                ),
                image_kind="jardin",
            ),
            dict(
                name="Falaises de Tōjinbō",
                name_ja="東尋坊",
                text=(
                    "Sur la côte de Sakai, ces falaises de colonnes de roche volcanique plongent "
                    "à pic dans la mer du Japon. Des bateaux permettent de les admirer depuis les "
                    "flots."
                ),
                image_kind="mer",
            ),
            dict(
                name="Musée des dinosaures de Fukui",
                name_ja="福井県立恐竜博物館",
                text=(
                    "À Katsuyama, ce musée départemental, l’un des plus grands musées de "
                    "dinosaures d’Asie, expose des dizaines de squelettes, dont des espèces "
                    "découvertes dans le département."
                ),
                image_kind="montagne",
            ),
        ],
        food=[
            dict(
                name="Crabe d’Echizen",
                name_ja="越前がに",
                text=(
                    "Le crabe des neiges mâle pêché au large de Fukui est le roi de la table "
                    "d’hiver. On le déguste simplement bouilli, pour savourer sa chair douce."
                ),
            ),
            dict(
                name="Oroshi soba d’Echizen",
                name_ja="越前おろしそば",
                text=(
                    "Des nouilles de sarrasin froides servies avec du radis daikon râpé, des "
                    "bonites séchées et de la ciboule : une spécialité fraîche et piquante."
                ),
            ),
            dict(
                name="Sauce katsu-don",
                name_ja="ソースカツ丼",
                text=(
                    "À Fukui, le bol de riz au porc pané se garnit de fines escalopes trempées "
                    "dans une sauce Worcestershire sucrée, sans œuf : une institution locale."
                ),
            ),
        ],
        seasons=[
            dict(
                name="Cerisiers des bords de l’Asuwa",
                name_ja="足羽川の桜並木",
                when="début avril",
                text=(
                    "Sur environ deux kilomètres, des centaines de cerisiers forment une voûte de "
                    "fleurs au-dessus des berges de la rivière Asuwa, en plein centre de Fukui."
                ),
            ),
            dict(
                name="Saison du crabe d’Echizen",
                name_ja="越前がにの解禁",
                when="du 6 novembre à mars",
                text=(
                    "L’ouverture de la pêche au crabe des neiges, le 6 novembre, est attendue "
                    "dans tout le département ; ports et auberges de la côte d’Echizen célèbrent "
                    "alors la saison."
                ),
            ),
        ],
        access=(
            "En 2021 : Hokuriku Shinkansen de Tokyo à Kanazawa (2 h 30 environ), puis train "
            "express limité Thunderbird ou Shirasagi jusqu’à Fukui, soit environ 3 h 30 au total. "
            "Depuis mars 2024, le Hokuriku Shinkansen dessert directement la gare de Fukui, à un "
            "peu moins de 3 heures de Tokyo."
        ),
        links=[
            dict(label="Site officiel de la ville de Fukui", url="https://www.city.fukui.lg.jp/"),
            _JAPAN_TRAVEL,
        ],
    ),
    dict(
        collectivite="nagano",
        slug="decouvrir-nagano",
        image_kind="montagne",
        title="Découvrir Nagano",
        title_ja="長野を旅する",
        intro=(
            "Temples millénaires, château noir, singes des neiges et villégiature d’altitude : le "
            "département de Nagano est le Japon des montagnes, à moins de deux heures de Tokyo."
        ),
        sights=[
            dict(
                name="Temple Zenkō-ji",
                name_ja="善光寺",
                text=(
                    "Fondé au VIIe siècle, ce temple ouvert à tous les courants du bouddhisme "
                    "attire des pèlerins de tout le Japon. Sous son pavillon principal, un "
                    "couloir plongé dans le noir mène à la « clé du paradis »."
                ),
                image_kind="ville",
            ),
            dict(
                name="Château de Matsumoto",
                name_ja="松本城",
                text=(
                    "Surnommé le « château du corbeau » pour ses murs noirs, il est l’un des "
                    "douze donjons d’origine du Japon et l’un des cinq classés trésor national."
                ),
                image_kind="ville",
            ),
            dict(
                name="Parc des singes de Jigokudani",
                name_ja="地獄谷野猿公苑",
                text=(
                    "Dans une vallée de Yamanouchi, des macaques japonais viennent se baigner "
                    "dans une source chaude, un spectacle célèbre surtout en hiver sous la neige."
                ),
                image_kind="montagne",
            ),
            dict(
                name="Karuizawa",
                name_ja="軽井沢",
                text=(
                    "Station de villégiature des missionnaires et diplomates étrangers dès la fin "
                    "du XIXe siècle, Karuizawa a gardé ses forêts de mélèzes, ses églises de bois "
                    "et ses villas, berceau de la sculpture Karuizawa-bori."
                ),
                image_kind="jardin",
            ),
        ],
        food=[
            dict(
                name="Soba de Shinshū",
                name_ja="信州そば",
                text=(
                    "Le climat frais des plateaux de Nagano convient au sarrasin : les soba de "
                    "Shinshū, servies froides sur un panier de bambou ou chaudes en bouillon, "
                    "sont réputées dans tout le Japon."
                ),
            ),
            dict(
                name="Oyaki",
                name_ja="おやき",
                text=(
                    "Ces petits chaussons de pâte de blé farcis de légumes sautés, de radis ou de "
                    "pâte de haricots rouges sont grillés puis cuits à la vapeur : le goûter "
                    "traditionnel des montagnes."
                ),
            ),
            dict(
                name="Miso de Shinshū",
                name_ja="信州味噌",
                text=(
                    "Nagano est le premier producteur de miso du Japon. Son miso de riz, clair et "
                    "doux, parfume soupes et marinades."
                ),
            ),
        ],
        seasons=[
            dict(
                name="Onbashira matsuri",
                name_ja="御柱祭",
                when="avril et mai, tous les six ans (années du Tigre et du Singe)",
                text=(
                    "Les habitants de la région du lac Suwa font descendre des pentes d’immenses "
                    "troncs de sapin, chevauchés par des hommes, pour les dresser aux quatre "
                    "coins des sanctuaires du Suwa Taisha."
                ),
            ),
            dict(
                name="Fête du feu de Nozawa Onsen",
                name_ja="野沢温泉の道祖神祭り",
                when="15 janvier",
                text=(
                    "Dans ce village de sources chaudes, les villageois attaquent à la torche un "
                    "sanctuaire de bois défendu par les hommes de 25 et 42 ans, une fête "
                    "spectaculaire sous la neige."
                ),
            ),
        ],
        access=(
            "Le Hokuriku Shinkansen relie Tokyo à Nagano en 1 h 30 environ, en passant par "
            "Karuizawa (environ 1 heure). Pour Matsumoto, le train express limité Azusa part de "
            "Shinjuku (environ 2 h 40)."
        ),
        links=[
            dict(
                label=("Site officiel du département de Nagano"),
                url=("https://www.pref.nagano.lg.jp/"),
            ),
            _JAPAN_TRAVEL,
        ],
    ),
    dict(
        collectivite="shizuoka",
        slug="decouvrir-shizuoka",
        image_kind="montagne",
        title="Découvrir Shizuoka",
        title_ja="静岡を旅する",
        intro=(
            "Le mont Fuji à l’horizon, la baie de Suruga à ses pieds, des champs de thé et le "
            "souvenir de Tokugawa Ieyasu : Shizuoka se visite à une heure de Tokyo."
        ),
        sights=[
            dict(
                name="Plateau de Nihondaira",
                name_ja="日本平",
                text=(
                    "Depuis ce plateau, la vue embrasse le mont Fuji, la baie de Suruga et le "
                    "port de Shimizu. Un téléphérique relie Nihondaira au sanctuaire de Kunōzan."
                ),
                image_kind="montagne",
            ),
            dict(
                name="Kunōzan Tōshō-gū",
                name_ja="久能山東照宮",
                text=(
                    "Premier lieu de sépulture de Tokugawa Ieyasu, mort en 1616, ce sanctuaire "
                    "aux laques et sculptures polychromes est classé trésor national. On y monte "
                    "depuis la mer par plus de mille marches."
                ),
                image_kind="jardin",
            ),
            dict(
                name="Parc du château de Sunpu",
                name_ja="駿府城公園",
                text=(
                    "Au centre-ville, les douves et les tourelles reconstruites rappellent le "
                    "château où Ieyasu se retira après avoir cédé le titre de shogun à son fils."
                ),
                image_kind="ville",
            ),
            dict(
                name="Pinède de Miho no Matsubara",
                name_ja="三保松原",
                text=(
                    "Cette longue plage bordée de pins, avec le mont Fuji en toile de fond, a "
                    "inspiré les estampes et fait partie du bien « Fujisan » inscrit au "
                    "patrimoine mondial de l’UNESCO."
                ),
                image_kind="mer",
            ),
        ],
        food=[
            dict(
                name="Thé vert de Shizuoka",
                name_ja="静岡茶",
                text=(
                    "Le département de Shizuoka est l’un des premiers producteurs de thé vert du "
                    "Japon. Son sencha, doux et parfumé, se boit dans les salons de thé de la "
                    "ville ou directement chez les producteurs."
                ),
            ),
            dict(
                name="Sakura-ebi",
                name_ja="桜えび",
                text=(
                    "Pêchée au Japon uniquement dans la baie de Suruga, cette petite crevette "
                    "rose translucide se déguste crue, séchée ou en beignets kakiage, au "
                    "printemps et à l’automne."
                ),
            ),
            dict(
                name="Oden de Shizuoka",
                name_ja="静岡おでん",
                text=(
                    "Brochettes mijotées dans un bouillon sombre et saupoudrées de poudre de "
                    "poisson séché et d’aonori : l’oden de Shizuoka se déguste toute l’année dans "
                    "de petites échoppes."
                ),
            ),
        ],
        seasons=[
            dict(
                name="Récolte du thé nouveau",
                name_ja="新茶",
                when="fin avril et mai",
                text=(
                    "La première récolte de l’année, le shincha, donne le thé le plus frais et le "
                    "plus parfumé. Les champs de thé vert tendre couvrent alors les collines "
                    "autour de la ville."
                ),
            ),
            dict(
                name="Coupe du monde des arts de la rue",
                name_ja="大道芸ワールドカップ in 静岡",
                when="début novembre",
                text=(
                    "Depuis 1992, des artistes de rue venus du monde entier investissent le "
                    "centre de Shizuoka et le parc du château de Sunpu pendant quatre jours."
                ),
            ),
        ],
        access=(
            "Le Tōkaidō Shinkansen relie Tokyo à Shizuoka en 1 heure environ avec le train "
            "Hikari. Le mont Fuji se découvre par temps clair sur la droite du train, peu avant "
            "Shizuoka."
        ),
        links=[
            dict(
                label=("Site officiel de la ville de Shizuoka"),
                url=("https://www.city.shizuoka.lg.jp/"),
            ),
            _JAPAN_TRAVEL,
        ],
    ),
    dict(
        collectivite="fukuoka",
        slug="decouvrir-fukuoka",
        image_kind="festival",
        title="Découvrir Fukuoka",
        title_ja="福岡を旅する",
        intro=(
            "Métropole animée tournée vers l’Asie, Fukuoka se vit dans ses stands de rue, ses "
            "sanctuaires et ses fêtes, avec les canaux de Yanagawa et le sanctuaire de Dazaifu à "
            "portée de train."
        ),
        sights=[
            dict(
                name="Dazaifu Tenman-gū",
                name_ja="太宰府天満宮",
                text=(
                    "Dédié à Sugawara no Michizane, divinité des études, ce grand sanctuaire "
                    "attire étudiants et visiteurs, notamment au moment de la floraison de ses "
                    "milliers de pruniers. On y goûte l’umegae-mochi, galette de riz grillée."
                ),
                image_kind="jardin",
            ),
            dict(
                name="Sanctuaire Kushida",
                name_ja="櫛田神社",
                text=(
                    "Sanctuaire protecteur de Hakata, il est le point de départ du Hakata Gion "
                    "Yamakasa. Un grand char décoré y est exposé toute l’année."
                ),
                image_kind="festival",
            ),
            dict(
                name="Yatai de Nakasu",
                name_ja="中洲の屋台",
                text=(
                    "Le soir venu, des dizaines de stands de rue s’installent le long de la "
                    "rivière Naka. Assis au comptoir, on y partage ramen, brochettes et oden avec "
                    "les habitués."
                ),
                image_kind="festival",
            ),
            dict(
                name="Canaux de Yanagawa",
                name_ja="柳川の川下り",
                text=(
                    "Dans cette ancienne ville-château au sud du département, des bateliers à la "
                    "perche promènent les visiteurs sur les canaux bordés de saules."
                ),
                image_kind="jardin",
            ),
        ],
        food=[
            dict(
                name="Ramen de Hakata",
                name_ja="博多ラーメン",
                text=(
                    "Nouilles très fines dans un bouillon d’os de porc laiteux (tonkotsu) : on "
                    "choisit la cuisson des nouilles et l’on commande une seconde portion, le "
                    "kaedama, pour finir le bouillon."
                ),
            ),
            dict(
                name="Mentaiko",
                name_ja="明太子",
                text=(
                    "Œufs de lieu d’Alaska marinés au piment, le mentaiko est la spécialité "
                    "emblématique de Hakata, à déguster sur du riz blanc ou en onigiri."
                ),
            ),
            dict(
                name="Motsunabe",
                name_ja="もつ鍋",
                text=(
                    "Fondue de tripes de bœuf, chou et ciboule dans un bouillon au miso ou à la "
                    "sauce soja, que l’on termine avec des nouilles champon."
                ),
            ),
        ],
        seasons=[
            dict(
                name="Hakata Gion Yamakasa",
                name_ja="博多祇園山笠",
                when="du 1er au 15 juillet",
                text=(
                    "Pendant deux semaines, les quartiers de Hakata préparent leurs chars. Au "
                    "petit matin du 15 juillet, lors de l’Oiyama, des équipes en pagne courent à "
                    "travers la ville en portant des chars d’une tonne."
                ),
            ),
            dict(
                name="Hakata Dontaku",
                name_ja="博多どんたく",
                when="3 et 4 mai",
                text=(
                    "L’une des fêtes les plus fréquentées du Japon : défilés costumés, danses et "
                    "musique au son des shamoji (spatules à riz) pendant la Golden Week."
                ),
            ),
        ],
        access=(
            "L’avion relie Haneda à Fukuoka en 2 heures environ ; l’aéroport n’est qu’à quelques "
            "minutes de métro de la gare de Hakata. En train, le Shinkansen Nozomi relie Tokyo à "
            "Hakata en 5 heures environ."
        ),
        links=[
            dict(
                label=("Site officiel du département de Fukuoka"),
                url=("https://www.pref.fukuoka.lg.jp/"),
            ),
            _JAPAN_TRAVEL,
        ],
    ),
    dict(
        collectivite="kumamoto",
        slug="decouvrir-kumamoto",
        image_kind="ville",
        title="Découvrir Kumamoto",
        title_ja="熊本を旅する",
        intro=(
            "Château en renaissance, jardin de seigneurs, eaux pures et volcan actif : Kumamoto "
            "est une porte idéale vers le centre de Kyūshū et la caldeira de l’Aso."
        ),
        sights=[
            dict(
                name="Château de Kumamoto",
                name_ja="熊本城",
                text=(
                    "Bâti par Katō Kiyomasa, ce château aux murs de pierre incurvés est l’un des "
                    "plus imposants du Japon. Endommagé par les séismes de 2016, son donjon "
                    "restauré a rouvert ses portes en 2021."
                ),
                image_kind="ville",
            ),
            dict(
                name="Jardin Suizen-ji Jōju-en",
                name_ja="水前寺成趣園",
                text=(
                    "Créé par la famille Hosokawa au XVIIe siècle, ce jardin de promenade "
                    "alimenté par des sources représenterait les paysages de la route du Tōkaidō, "
                    "avec une colline en forme de mont Fuji."
                ),
                image_kind="jardin",
            ),
            dict(
                name="Mont Aso",
                name_ja="阿蘇山",
                text=(
                    "À l’est de Kumamoto, l’Aso possède l’une des plus grandes caldeiras du "
                    "monde, habitée et cultivée, au centre de laquelle fume encore le cratère du "
                    "Nakadake."
                ),
                image_kind="montagne",
            ),
            dict(
                name="Centre des arts traditionnels de Kumamoto",
                name_ja="熊本県伝統工芸館",
                text=(
                    "Près du château, ce centre départemental présente et vend l’artisanat de "
                    "tout le département, des couteaux de Kawajiri à la damasquinerie de Higo."
                ),
                image_kind="ville",
            ),
        ],
        food=[
            dict(
                name="Basashi",
                name_ja="馬刺し",
                text=(
                    "Spécialité de Kumamoto, la viande de cheval crue en fines tranches se "
                    "déguste avec une sauce soja sucrée, du gingembre et de l’ail."
                ),
            ),
            dict(
                name="Karashi renkon",
                name_ja="辛子蓮根",
                text=(
                    "Racine de lotus farcie de miso à la moutarde, enrobée d’une pâte jaune puis "
                    "frite : une spécialité piquante servie en tranches, idéale avec un shōchū."
                ),
            ),
            dict(
                name="Ramen de Kumamoto",
                name_ja="熊本ラーメン",
                text=(
                    "Bouillon de porc et de poulet relevé d’ail frit et d’une huile d’ail noire, "
                    "le mayu, avec des nouilles plus épaisses qu’à Hakata."
                ),
            ),
        ],
        seasons=[
            dict(
                name="Cerisiers du château",
                name_ja="熊本城の桜",
                when="fin mars et début avril",
                text=(
                    "Des centaines de cerisiers fleurissent autour des murailles du château de "
                    "Kumamoto, l’un des lieux de hanami les plus appréciés de Kyūshū."
                ),
            ),
            dict(
                name="Hi no kuni matsuri",
                name_ja="火の国まつり",
                when="début août",
                text=(
                    "La « fête du pays du feu » fait danser des milliers d’habitants dans les "
                    "rues du centre au rythme de la chanson populaire « Otemoyan »."
                ),
            ),
        ],
        access=(
            "L’avion relie Haneda à Kumamoto en 1 h 50 environ ; des bus rejoignent le "
            "centre-ville en 50 minutes environ. En train, le Shinkansen relie Tokyo à Hakata, "
            "puis le Kyūshū Shinkansen atteint Kumamoto en 35 minutes environ, soit près de 6 "
            "heures au total."
        ),
        links=[
            dict(
                label=("Site officiel de la ville de Kumamoto"),
                url=("https://www.city.kumamoto.jp/"),
            ),
            _JAPAN_TRAVEL,
        ],
    ),
]
