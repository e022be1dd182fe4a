"""English and Japanese versions of the demo content, keyed like the French data.

Pages are keyed by slug (collectivités, tourism pages) or by role (home, edition…), snippets
by slug and objects by SKU; each entry holds {"en": {...}, "ja": {...}} with only the fields
that differ from the French source. What is not given here stays as copied from French
(long descriptions, care notes, object stories), for a translator to take over in
wagtail-localize. Japanese object titles are the objects' own `japanese_name`, and Japanese
collectivité titles their `name_ja`: the seed fills those in from the French data.
"""

HOME = {
    "en": {
        "title": "Synergies between tradition and modernity",
        "lead": (
            "Local crafts at the cutting edge of innovation: tableware from eight Japanese "
            "regions, to discover online and at the Maison de la Culture du Japon à Paris."
        ),
    },
    "ja": {
        "title": "伝統と革新の共鳴",
        "lead": (
            "革新の最前線に立つ地域の伝統工芸。日本の8つの自治体から届いたテーブルウェアを、"
            "オンラインとパリ日本文化会館でご紹介します。"
        ),
    },
}

EDITION = {
    "en": {
        "title": "8th edition – Shoku, the art of the table",
        "lead": (
            "More than 100 tableware pieces from eight Japanese local governments: a preview "
            "sale, an online exhibition and an exhibition at the Maison de la Culture du Japon "
            "à Paris."
        ),
        "introduction": (
            "<p>This series of exhibitions presents the traditions and innovations of regions "
            "of Japan little known in France, through the techniques of traditional industries "
            "and craft objects deeply rooted in each region’s history and culture. The 8th "
            "edition’s theme is «Shoku» (the art of the table).</p>"
        ),
    },
    "ja": {
        "title": "第8回 食 ―テーブルアート―",
        "lead": (
            "日本の8つの自治体から100点以上のテーブルウェアが集結。先行販売、オンライン展示、"
            "そしてパリ日本文化会館での展示会。"
        ),
        "introduction": (
            "<p>本展シリーズは、フランスではまだ知られていない日本各地の伝統と革新を、"
            "それぞれの地域の歴史と文化に根ざした伝統産業の技と工芸品を通じて紹介します。"
            "第8回のテーマは「食」です。</p>"
        ),
    },
}

THEME = {
    "en": {
        "name": "Shoku – the art of the table",
        "description": "Tableware, cutlery, knives, teapots: the objects of the table.",
    },
    "ja": {
        "name": "食 ―テーブルアート―",
        "description": "器、カトラリー、包丁、急須など、食卓を彩る品々。",
    },
}

VENUE = {
    "en": {"name": "Maison de la Culture du Japon à Paris"},
    "ja": {"name": "パリ日本文化会館"},
}

CATALOGUE = {
    "en": {"title": "Exhibition catalogue", "lead": "Every object, by origin or by material."},
    "ja": {"title": "出展作品カタログ", "lead": "すべての作品を産地別・素材別にご覧いただけます。"},
}

REGION_INDEX = {
    "en": {
        "title": "The local governments",
        "lead": "Prefectures and cities of Japan, their crafts and their landscapes.",
    },
    "ja": {"title": "参加自治体", "lead": "日本の県と市、その工芸と風景。"},
}

MATERIAL_INDEX = {
    "en": {
        "title": "The materials",
        "lead": "Lacquer, porcelain, metal, wood, textile: the objects by material.",
    },
    "ja": {"title": "素材", "lead": "漆、磁器、金属、木、織物：素材別に作品を紹介します。"},
}

# Participation pages: "<short name> at the 8th edition".
EXHIBITOR_TITLE = {"en": "{name} at the 8th edition", "ja": "第8回展の{name}"}

COLLECTIVITES = {
    "niigata": {
        "en": {
            "title": "Niigata Prefecture",
            "lead": (
                "Stretching along the Sea of Japan opposite Sado Island, Niigata grows the famous "
                "Koshihikari rice and has more sake breweries than any other prefecture; it is "
                "also home to the metalworkers of Tsubame-Sanjō, kumiko joiners and the carved "
                "lacquer of Murakami."
            ),
        },
        "ja": {
            "lead": "日本海に面し佐渡島を望む新潟県。コシヒカリと日本一の酒蔵の数で知られ、燕三条の金属加工、組子、村上木彫堆朱の産地でもあります。"
        },
    },
    "toyama": {
        "en": {
            "title": "Toyama Prefecture",
            "lead": (
                "From Toyama Bay, rich in fish and seafood, to the 3,000-metre peaks of the "
                "Tateyama range; its second city, Takaoka, has been Japan’s great centre of "
                "copper and bronze casting since the early 17th century."
            ),
        },
        "ja": {
            "lead": "豊かな富山湾から標高3,000mを超える立山連峰まで。第二の都市高岡は、17世紀初頭から続く日本屈指の銅器の産地です。"
        },
    },
    "kanazawa": {
        "en": {
            "title": "City of Kanazawa",
            "lead": (
                "Capital of Ishikawa and once of the wealthy Kaga domain of the Maeda family, "
                "Kanazawa kept its samurai and teahouse districts; it makes over 99% of Japan’s "
                "gold leaf and remains a living centre of Kutani porcelain."
            ),
        },
        "ja": {
            "lead": "加賀藩前田家の城下町として栄えた石川県の県庁所在地。武家屋敷や茶屋街が残り、日本の金箔の99%以上を生産し、九谷焼も息づいています。"
        },
    },
    "fukui": {
        "en": {
            "title": "City of Fukui",
            "lead": (
                "Capital of Fukui Prefecture, in the former province of Echizen on the Sea of "
                "Japan; rebuilt after 1945 and the 1948 earthquake, it took the phoenix as its "
                "emblem. Nearby are Echizen pottery, one of Japan’s six ancient kilns, and the "
                "lacquerers of Sabae."
            ),
        },
        "ja": {
            "lead": "日本海に面した旧越前国の中心、福井県の県庁所在地。戦災と福井地震から復興し、不死鳥を象徴とします。日本六古窯の越前焼や鯖江の越前漆器の産地が近くにあります。"
        },
    },
    "nagano": {
        "en": {
            "title": "Nagano Prefecture",
            "lead": (
                "At the heart of Honshū, ringed by the Japanese Alps and host of the 1998 Winter "
                "Olympics; its forests, notably in the Kiso valley, have long supplied prized "
                "timber for joiners and carvers, from kumiko lattice to Karuizawa carving."
            ),
        },
        "ja": {
            "lead": "日本アルプスに囲まれた本州の中央部、1998年冬季五輪の開催地。木曽谷をはじめとする森林は、組子から軽井沢彫まで、職人に良質な木材を供給してきました。"
        },
    },
    "shizuoka": {
        "en": {
            "title": "City of Shizuoka",
            "lead": (
                "Built on the site of old Sunpu, where Tokugawa Ieyasu spent his last years, "
                "Shizuoka kept the lacquer, joinery and basketry of the craftsmen who came to "
                "build its shrines; between Mount Fuji and Suruga Bay, it is also a great "
                "green-tea centre."
            ),
        },
        "ja": {
            "lead": "徳川家康が晩年を過ごした駿府の地。浅間神社造営に集まった職人たちの漆器・指物・竹細工が受け継がれ、富士山と駿河湾の間に広がる日本有数の茶どころです。"
        },
    },
    "fukuoka": {
        "en": {
            "title": "Fukuoka Prefecture",
            "lead": (
                "In northern Kyūshū, Japan’s gateway to mainland Asia since antiquity; it was "
                "through the merchant town of Hakata that the skills behind Hakata-ori weaving "
                "arrived in the 13th century."
            ),
        },
        "ja": {
            "lead": "古代からアジア大陸への玄関口であった九州北部の福岡県。13世紀、商都博多を通じて博多織の技が伝わりました。"
        },
    },
    "kumamoto": {
        "en": {
            "title": "City of Kumamoto",
            "lead": (
                "Grown at the foot of Katō Kiyomasa’s castle, whose restoration after the 2016 "
                "earthquakes became the symbol of its recovery; in Kawajiri, an old river port, "
                "blacksmiths and joiners carry on their inherited skills."
            ),
        },
        "ja": {
            "lead": "加藤清正が築いた熊本城の城下町。2016年の地震からの城の復旧は復興の象徴です。かつての川港・川尻では、鍛冶職人や指物師が技を受け継いでいます。"
        },
    },
}

TOURISM = {
    "decouvrir-niigata": {
        "en": {
            "title": "Discover Niigata",
            "lead": "Rice fields as far as the eye can see, sake breweries, Sado Island and snow-covered villages: Niigata Prefecture is best discovered with the seasons, between the Sea of Japan and the mountains.",
        }
    },
    "decouvrir-toyama": {
        "en": {
            "title": "Discover Toyama",
            "lead": "Between a deep-water bay and peaks over 3,000 metres, Toyama offers spectacular landscapes, thatched-roof villages and a four-century-old foundry tradition.",
        }
    },
    "decouvrir-kanazawa": {
        "en": {
            "title": "Discover Kanazawa",
            "lead": "Lords’ gardens, teahouses, a fish market and gold leaf: Kanazawa has kept the elegance of the Maeda capital while opening up to contemporary art.",
        }
    },
    "decouvrir-fukui": {
        "en": {
            "title": "Discover Fukui",
            "lead": "A Zen temple deep in the forest, cliffs battered by the Sea of Japan, dinosaur fossils and winter crabs: Fukui and its surroundings hold many surprises.",
        }
    },
    "decouvrir-nagano": {
        "en": {
            "title": "Discover Nagano",
            "lead": "Ancient temples, a black castle, snow monkeys and mountain resorts: Nagano Prefecture is mountain Japan, less than two hours from Tokyo.",
        }
    },
    "decouvrir-shizuoka": {
        "en": {
            "title": "Discover Shizuoka",
            "lead": "Mount Fuji on the horizon, Suruga Bay at its feet, tea fields and the memory of Tokugawa Ieyasu: Shizuoka is an hour from Tokyo.",
        }
    },
    "decouvrir-fukuoka": {
        "en": {
            "title": "Discover Fukuoka",
            "lead": "A lively metropolis facing Asia, Fukuoka is lived in its street stalls, shrines and festivals, with the canals of Yanagawa and Dazaifu shrine a train ride away.",
        }
    },
    "decouvrir-kumamoto": {
        "en": {
            "title": "Discover Kumamoto",
            "lead": "A castle reborn, a lords’ garden, pure waters and an active volcano: Kumamoto is an ideal gateway to central Kyūshū and the Aso caldera.",
        }
    },
}

MATERIALS = {
    "laque": {"en": {"name": "Lacquerware"}, "ja": {"name": "漆器"}},
    "porcelaine-ceramique": {"en": {"name": "Porcelain and ceramics"}, "ja": {"name": "陶磁器"}},
    "metal": {"en": {"name": "Metalwork"}, "ja": {"name": "金工品"}},
    "bois": {"en": {"name": "Woodwork"}, "ja": {"name": "木工品"}},
    "textile": {"en": {"name": "Textiles"}, "ja": {"name": "織物"}},
    "autres": {"en": {"name": "Other crafts"}, "ja": {"name": "諸工芸品"}},
}

# CraftTradition.name_fr holds the name in the page's language ("Kutani porcelain").
CRAFTS = {
    "kumiko-niigata": {"en": {"name_fr": "Niigata kumiko"}, "ja": {"name_fr": "新潟の組子"}},
    "murakami-kibori-tsuishu": {
        "en": {"name_fr": "Murakami carved lacquer"},
        "ja": {"name_fr": "村上木彫堆朱"},
    },
    "takaoka-doki": {"en": {"name_fr": "Takaoka copperware"}, "ja": {"name_fr": "高岡銅器"}},
    "kanazawa-haku": {"en": {"name_fr": "Kanazawa gold leaf"}, "ja": {"name_fr": "金沢箔"}},
    "kutani-yaki": {"en": {"name_fr": "Kutani porcelain"}, "ja": {"name_fr": "九谷焼"}},
    "echizen-yaki": {"en": {"name_fr": "Echizen pottery"}, "ja": {"name_fr": "越前焼"}},
    "echizen-shikki": {"en": {"name_fr": "Echizen lacquerware"}, "ja": {"name_fr": "越前漆器"}},
    "kumiko-nagano": {"en": {"name_fr": "Nagano kumiko"}, "ja": {"name_fr": "長野の組子"}},
    "karuizawa-bori": {"en": {"name_fr": "Karuizawa wood carving"}, "ja": {"name_fr": "軽井沢彫"}},
    "suruga-shikki": {"en": {"name_fr": "Suruga lacquerware"}, "ja": {"name_fr": "駿河漆器"}},
    "hakata-ori": {"en": {"name_fr": "Hakata weaving"}, "ja": {"name_fr": "博多織"}},
    "kawajiri-hamono": {"en": {"name_fr": "Kawajiri knives"}, "ja": {"name_fr": "川尻刃物"}},
    "sashimono-kumamoto": {"en": {"name_fr": "Kumamoto joinery"}, "ja": {"name_fr": "熊本の指物"}},
}

# Objects by SKU: English title and summary; the Japanese title is the French data's
# `japanese_name` (filled in by the seed).
OBJECTS = {
    "NII-001": {
        "en": {
            "title": "Kumiko coasters “Asanoha” (set of 4)",
            "summary": "Four cedar coasters whose lattice draws the hemp-leaf pattern, a motif of growth and protection.",
        }
    },
    "NII-002": {
        "en": {
            "title": "Kumiko trivet “Kikkō”",
            "summary": "A hexagonal trivet with a tortoiseshell pattern, a symbol of longevity.",
        }
    },
    "NII-003": {
        "en": {
            "title": "Kumiko tray “Cherry blossoms”",
            "summary": "A serving tray whose lattice base lets cherry blossoms bloom.",
        }
    },
    "NII-004": {
        "en": {
            "title": "Kumiko table lantern “Asanoha”",
            "summary": "A small lantern that casts the shadows of an asanoha lattice onto the tablecloth.",
        }
    },
    "NII-005": {
        "en": {
            "title": "Cedar bento box with kumiko lid",
            "summary": "A cedar lunch box whose lid carries a kumiko panel.",
        }
    },
    "NII-006": {
        "en": {
            "title": "Kumiko chopstick rests (set of 5)",
            "summary": "Five small kumiko blocks, each with a different pattern, to rest chopsticks or cutlery.",
        }
    },
    "NII-007": {
        "en": {
            "title": "Kumiko bottle coaster “Goma”",
            "summary": "A round coaster to set the sake bottle or carafe at the centre of the table.",
        }
    },
    "NII-008": {
        "en": {
            "title": "Round carved lacquer tray “Peonies”",
            "summary": "A round tray carved with peonies in relief, then lacquered deep vermilion.",
        }
    },
    "NII-009": {
        "en": {
            "title": "Carved lacquer tea saucers “Camellias” (set of 5)",
            "summary": "Five tea saucers (chataku) carved with a camellia, for welcoming guests.",
        }
    },
    "NII-010": {
        "en": {
            "title": "Carved lacquer cake plates “Chrysanthemum” (set of 2)",
            "summary": "Two small cake plates with a stylised chrysanthemum carved in low relief.",
        }
    },
    "NII-011": {
        "en": {
            "title": "Carved lacquer spoons (set of 2)",
            "summary": "Two light spoons with handles carved with ripples and lacquered vermilion.",
        }
    },
    "NII-012": {
        "en": {
            "title": "Carved lacquer sweets box “Plum blossom”",
            "summary": "A round lidded box entirely carved with flowering plum branches, a one-of-a-kind piece.",
        }
    },
    "NII-013": {
        "en": {
            "title": "Carved lacquer chopsticks",
            "summary": "A pair of vermilion chopsticks whose tops bear a fine carved pattern.",
        }
    },
    "TOY-001": {
        "en": {
            "title": "Patinated copper tray “Toyama Bay”",
            "summary": "A copper tray whose fire-applied patina recalls the reflections of Toyama Bay.",
        }
    },
    "TOY-002": {
        "en": {
            "title": "Round chased bronze tray “Waves”",
            "summary": "A round cast-bronze tray, hand-chased with a wave pattern.",
        }
    },
    "TOY-003": {
        "en": {
            "title": "Copper tumbler with red patina",
            "summary": "A copper tumbler with a tin-lined interior that keeps drinks cool for longer.",
        }
    },
    "TOY-004": {
        "en": {
            "title": "Pair of bronze sake cups",
            "summary": "Two cast-bronze sake cups, one golden, the other brown.",
        }
    },
    "TOY-005": {
        "en": {
            "title": "Copper sake warmer (chirori)",
            "summary": "A tin-lined copper jug with a handle, for warming sake in a hot-water bath.",
        }
    },
    "TOY-006": {
        "en": {
            "title": "Brass chopstick rests “Ginkgo leaves” (set of 5)",
            "summary": "Five cast-brass ginkgo leaves, each slightly different.",
        }
    },
    "TOY-007": {
        "en": {
            "title": "Brass trivet “Asanoha”",
            "summary": "A brass trivet pierced with the hemp-leaf pattern.",
        }
    },
    "TOY-008": {
        "en": {
            "title": "Bronze bud vase “Verdigris”",
            "summary": "A small bronze vase with a verdigris patina, for a single flower at the centre of the table.",
        }
    },
    "TOY-009": {
        "en": {
            "title": "Patinated copper tea caddy",
            "summary": "A tea caddy whose lid slides down and closes by itself, almost airtight.",
        }
    },
    "TOY-010": {
        "en": {
            "title": "Bronze condiment dishes (pair)",
            "summary": "Two small dishes for soy sauce, wasabi or salt.",
        }
    },
    "TOY-011": {
        "en": {
            "title": "Hammered copper sake cooler",
            "summary": "A copper ice bucket, large enough for a 720 ml bottle of sake.",
        }
    },
    "TOY-012": {
        "en": {
            "title": "Brass dessert spoons (set of 4)",
            "summary": "Four solid brass dessert spoons whose handles take the shape of a bamboo leaf.",
        }
    },
    "TOY-013": {
        "en": {
            "title": "Chased bronze serving dish “Clouds”",
            "summary": "A large bronze dish chased with stylised clouds and hand-patinated, a one-of-a-kind piece.",
        }
    },
    "KNZ-001": {
        "en": {
            "title": "Kutani chopstick rests “Peonies” (set of 5)",
            "summary": "Five porcelain chopstick rests hand-painted with peonies in Kutani’s five colours.",
        }
    },
    "KNZ-002": {
        "en": {
            "title": "Kutani plate “Five colours”",
            "summary": "A 21 cm plate decorated over its whole surface, in the purest Kutani tradition.",
        }
    },
    "KNZ-003": {
        "en": {
            "title": "Kutani teacup “Birds and flowers”",
            "summary": "A teacup (yunomi) decorated with birds and flowers.",
        }
    },
    "KNZ-004": {
        "en": {
            "title": "Akae sake cup “Fine lines”",
            "summary": "A sake cup painted in iron red with extremely fine patterns, a one-of-a-kind piece.",
        }
    },
    "KNZ-005": {
        "en": {
            "title": "Kutani coffee cup and saucer “Geometry”",
            "summary": "A handled coffee cup whose traditional patterns are recomposed into graphic friezes.",
        }
    },
    "KNZ-006": {
        "en": {
            "title": "Kutani rice bowl “Waves”",
            "summary": "A rice bowl decorated with the seigaiha pattern of scale-like waves, in blue and green.",
        }
    },
    "KNZ-007": {
        "en": {
            "title": "Kutani small plates “Four seasons” (set of 5)",
            "summary": "Five 9 cm mamezara, each painted with a seasonal motif.",
        }
    },
    "KNZ-008": {
        "en": {
            "title": "Kutani teapot “Cranes”",
            "summary": "A side-handled teapot (kyūsu) decorated with cranes in flight.",
        }
    },
    "KNZ-009": {
        "en": {
            "title": "Gold-leaf lacquered chopsticks",
            "summary": "A pair of black lacquered chopsticks whose tops are covered in gold leaf.",
        }
    },
    "KNZ-010": {
        "en": {
            "title": "Lacquered tray “Golden rain”",
            "summary": "A black lacquered tray on which flakes of gold seem to fall like rain.",
        }
    },
    "KNZ-011": {
        "en": {
            "title": "Gold-leaf glass sake cups (pair)",
            "summary": "Two mouth-blown glass cups whose bases are adorned with gold leaf.",
        }
    },
    "KNZ-012": {
        "en": {
            "title": "Edible gold flakes",
            "summary": "A small jar of edible gold-leaf flakes, to decorate food and drinks.",
        }
    },
    "KNZ-013": {
        "en": {
            "title": "Gold-leaf white porcelain plate “Moon”",
            "summary": "A white porcelain plate on which a full golden moon is laid by hand.",
        }
    },
    "KNZ-014": {
        "en": {
            "title": "Gold-leaf lacquered coasters (set of 2)",
            "summary": "Two black lacquered coasters, each adorned with a square of gold leaf.",
        }
    },
    "FKI-001": {
        "en": {
            "title": "Pair of black and red lacquered bowls “Meoto”",
            "summary": "Two lacquered soup bowls, one black, one vermilion, traditionally given to couples.",
        }
    },
    "FKI-002": {
        "en": {
            "title": "Three-tier lacquered food box (jūbako)",
            "summary": "A black and vermilion lacquered stacking box, for the New Year meal or picnics.",
        }
    },
    "FKI-003": {
        "en": {
            "title": "Black lacquered rectangular tray",
            "summary": "An individual black lacquered tray, for serving a complete Japanese meal.",
        }
    },
    "FKI-004": {
        "en": {
            "title": "Vermilion lacquered tumbler",
            "summary": "A lacquered wooden tumbler, light and gentle on the lips, for tea, coffee or water.",
        }
    },
    "FKI-005": {
        "en": {
            "title": "Echizen lacquered chopsticks",
            "summary": "A pair of black lacquered chopsticks with vermilion tips.",
        }
    },
    "FKI-006": {
        "en": {
            "title": "Matte lacquered serving dish",
            "summary": "A large round black lacquered dish with a matte finish, for a buffet or a dish to share.",
        }
    },
    "FKI-007": {
        "en": {
            "title": "Lacquered bento box",
            "summary": "A single-tier lacquered lunch box with a divider, black outside and vermilion inside.",
        }
    },
    "FKI-008": {
        "en": {
            "title": "Echizen stoneware sake set",
            "summary": "A carafe and two cups in wood-fired stoneware, with natural green ash runs.",
        }
    },
    "FKI-009": {
        "en": {
            "title": "Echizen stoneware teapot",
            "summary": "A kyūsu teapot in brown stoneware with a built-in clay strainer.",
        }
    },
    "FKI-010": {
        "en": {
            "title": "Ash-glazed stoneware teacup",
            "summary": "A yunomi in raw stoneware, marked by the ashes of the kiln.",
        }
    },
    "FKI-011": {
        "en": {
            "title": "Echizen stoneware dinner plate",
            "summary": "A 24 cm plate in brown stoneware with a satin ash glaze.",
        }
    },
    "FKI-012": {
        "en": {
            "title": "Echizen stoneware rice bowl",
            "summary": "A stoneware rice bowl whose pale interior sets off the white grains.",
        }
    },
    "FKI-013": {
        "en": {
            "title": "Echizen stoneware mug",
            "summary": "A handled mug in Echizen stoneware, for coffee or milky tea.",
        }
    },
    "FKI-014": {
        "en": {
            "title": "Small Echizen stoneware preserving jar",
            "summary": "A small jar fired for several days in a wood kiln, a one-of-a-kind piece, for salted plums or miso.",
        }
    },
    "NGN-001": {
        "en": {
            "title": "Hinoki kumiko coasters “Sakura” (set of 4)",
            "summary": "Four coasters in Kiso hinoki cypress with a cherry-blossom pattern.",
        }
    },
    "NGN-002": {
        "en": {
            "title": "Kumiko trivet “Tsuno-asanoha”",
            "summary": "A square trivet with a squared hemp-leaf pattern, sturdy and light.",
        }
    },
    "NGN-003": {
        "en": {
            "title": "Hinoki kumiko tray “Asanoha”",
            "summary": "A rectangular tray whose asanoha kumiko base is protected by a glass plate.",
        }
    },
    "NGN-004": {
        "en": {
            "title": "Kumiko table lamp “Goma”",
            "summary": "A cube-shaped table lamp with kumiko panels, for soft light during the meal.",
        }
    },
    "NGN-005": {
        "en": {
            "title": "Tea box with kumiko lid",
            "summary": "A hinoki box for storing tea bags, with a kumiko lid.",
        }
    },
    "NGN-006": {
        "en": {
            "title": "Hinoki chopstick rests “Kumiko” (set of 5)",
            "summary": "Five hinoki chopstick rests, each inlaid with a kumiko pattern.",
        }
    },
    "NGN-007": {
        "en": {
            "title": "Carved round tray “Cherry blossoms”",
            "summary": "A round tray whose rim is deeply carved with flowering cherry branches.",
        }
    },
    "NGN-008": {
        "en": {
            "title": "Carved tea caddy “Sakura”",
            "summary": "A cylindrical wooden tea caddy carved with cherry blossoms.",
        }
    },
    "NGN-009": {
        "en": {
            "title": "Carved serving board",
            "summary": "A serving board whose handle is carved with a cherry branch.",
        }
    },
    "NGN-010": {
        "en": {
            "title": "Carved cake stand",
            "summary": "A footed tray carved with cherry blossoms, for presenting pastries and wagashi.",
        }
    },
    "NGN-011": {
        "en": {
            "title": "Carved coasters (set of 4)",
            "summary": "Four round coasters, each carved with a cherry blossom at the centre.",
        }
    },
    "NGN-012": {
        "en": {
            "title": "Carved chopstick box",
            "summary": "A box with a sliding lid for chopsticks or cutlery, carved with cherry blossoms.",
        }
    },
    "NGN-013": {
        "en": {
            "title": "Carved napkin holder “Grapes”",
            "summary": "A wooden napkin holder carved with bunches of grapes and vine leaves, a one-of-a-kind piece.",
        }
    },
    "SZK-001": {
        "en": {
            "title": "Eggshell lacquered tray",
            "summary": "A black tray whose centre is inlaid with an eggshell mosaic.",
        }
    },
    "SZK-002": {
        "en": {
            "title": "Speckled lacquered soup bowls (pair)",
            "summary": "Two soup bowls in speckled lacquer, one tea green, the other reddish brown.",
        }
    },
    "SZK-003": {
        "en": {
            "title": "Lacquered tea caddy “Tea green” (natsume)",
            "summary": "A jujube-shaped tea caddy lacquered deep green, for matcha.",
        }
    },
    "SZK-004": {
        "en": {
            "title": "Lacquered tea saucers (set of 5)",
            "summary": "Five lacquered tea saucers, each with a different finish.",
        }
    },
    "SZK-005": {
        "en": {
            "title": "Lacquered chopsticks “Stone”",
            "summary": "Chopsticks in a grainy lacquer that imitates stone and does not slip.",
        }
    },
    "SZK-006": {
        "en": {
            "title": "Lacquered bamboo cup",
            "summary": "A cup cut from a section of bamboo, lacquered inside and out.",
        }
    },
    "SZK-007": {
        "en": {
            "title": "Lacquered sushi tray",
            "summary": "A rectangular footed tray, lacquered black and vermilion, for serving sushi.",
        }
    },
    "SZK-008": {
        "en": {
            "title": "Lacquered bento box “Fuji”",
            "summary": "A lacquered lunch box whose lid shows the silhouette of Mount Fuji in silver powder.",
        }
    },
    "SZK-009": {
        "en": {
            "title": "Silver-powder lacquered sake cup",
            "summary": "A flat sake cup whose interior is dusted with silver.",
        }
    },
    "SZK-010": {
        "en": {
            "title": "Lacquered tea tray (chabon)",
            "summary": "A square tray for arranging teapot, cups and small cakes.",
        }
    },
    "SZK-011": {
        "en": {
            "title": "Lacquered dessert plates (set of 2)",
            "summary": "Two square dessert plates in vermilion lacquer speckled with black.",
        }
    },
    "SZK-012": {
        "en": {
            "title": "Lacquered sweets box “Waves of Suruga”",
            "summary": "A lidded box whose wave decoration combines eggshell, mother-of-pearl and gold powder, a one-of-a-kind piece.",
        }
    },
    "SZK-013": {
        "en": {
            "title": "Lacquered coffee cup",
            "summary": "A lacquered wooden coffee cup, light and insulating, with a handle carved from the solid wood.",
        }
    },
    "FKO-001": {
        "en": {
            "title": "Hakata-ori placemat “Five-colour kenjō”",
            "summary": "A woven silk placemat with bands of tokko and hanazara, in the five colours of kenjō.",
        }
    },
    "FKO-002": {
        "en": {
            "title": "Hakata-ori table runner “Indigo kenjō”",
            "summary": "A long indigo silk table runner with the kenjō pattern woven in light threads.",
        }
    },
    "FKO-003": {
        "en": {
            "title": "Hakata-ori coasters (set of 4)",
            "summary": "Four square woven silk coasters, each in one of the kenjō colours.",
        }
    },
    "FKO-004": {
        "en": {
            "title": "Hakata-ori chopstick case",
            "summary": "A woven silk case for carrying chopsticks to the office or on a trip.",
        }
    },
    "FKO-005": {
        "en": {
            "title": "Hakata-ori napkin rings (pair)",
            "summary": "Two woven silk napkin rings with tokko patterns.",
        }
    },
    "FKO-006": {
        "en": {
            "title": "Hakata-ori bento band",
            "summary": "An elastic woven silk band to keep the lunch box closed.",
        }
    },
    "FKO-007": {
        "en": {
            "title": "Tea caddy pouch (shifuku)",
            "summary": "A drawstring pouch in woven silk to protect a tea caddy or a small jar.",
        }
    },
    "FKO-008": {
        "en": {
            "title": "Hakata-ori teapot mat",
            "summary": "A square of woven silk, lined and padded, for setting down a hot teapot.",
        }
    },
    "FKO-009": {
        "en": {
            "title": "Hakata-ori sake bottle cover",
            "summary": "A woven silk cover with a handle, for giving a 720 ml bottle of sake.",
        }
    },
    "FKO-010": {
        "en": {
            "title": "Silk cloth for tea (kobukusa)",
            "summary": "A small square of woven silk on which to set a tea bowl or a precious utensil.",
        }
    },
    "FKO-011": {
        "en": {
            "title": "Wooden tray lined with Hakata-ori",
            "summary": "A wooden tray whose base displays Hakata-ori fabric under glass.",
        }
    },
    "FKO-012": {
        "en": {
            "title": "Red Hakata-ori placemat “Hanazara”",
            "summary": "A deep red placemat with the hanazara flower-cup pattern.",
        }
    },
    "FKO-013": {
        "en": {
            "title": "Hakata-ori table runner “White and gold kenjō”",
            "summary": "A white silk table runner woven with gold threads, in a limited edition.",
        }
    },
    "KMM-001": {
        "en": {
            "title": "Kawajiri santoku knife",
            "summary": "The all-purpose knife of the Japanese kitchen, for meat, fish and vegetables.",
        }
    },
    "KMM-002": {
        "en": {
            "title": "Kawajiri deba knife",
            "summary": "A thick single-bevel knife for filleting fish and cutting through bones.",
        }
    },
    "KMM-003": {
        "en": {
            "title": "Kawajiri yanagiba sashimi knife",
            "summary": "A long, thin 270 mm blade for slicing raw fish in a single stroke.",
        }
    },
    "KMM-004": {
        "en": {
            "title": "Kawajiri nakiri vegetable knife",
            "summary": "A knife with a rectangular blade, ideal for finely slicing vegetables.",
        }
    },
    "KMM-005": {
        "en": {
            "title": "Small Kawajiri paring knife",
            "summary": "A 120 mm paring knife for peeling, trimming and cutting.",
        }
    },
    "KMM-006": {
        "en": {
            "title": "Kawajiri table knives (set of 4)",
            "summary": "Four hand-forged table knives, for meat or fish served the French way.",
        }
    },
    "KMM-007": {
        "en": {
            "title": "Kawajiri cheese knife",
            "summary": "A cheese knife with a pierced blade and forked tip, forged in Kawajiri.",
        }
    },
    "KMM-008": {
        "en": {
            "title": "Kawajiri gyūtō chef’s knife",
            "summary": "A large 240 mm chef’s knife, hand-forged and polished, a one-of-a-kind piece.",
        }
    },
    "KMM-009": {
        "en": {
            "title": "Hinoki cutting board",
            "summary": "A hinoki cypress board, gentle on blades and freshly scented.",
        }
    },
    "KMM-010": {
        "en": {
            "title": "Jointed camphor-wood tray",
            "summary": "A rectangular tray whose sides are joined with dovetails, without nails.",
        }
    },
    "KMM-011": {
        "en": {
            "title": "Jointed hinoki bento box",
            "summary": "A hinoki lunch box assembled with tenons, with a fitted lid.",
        }
    },
    "KMM-012": {
        "en": {
            "title": "Camphor-wood knife block",
            "summary": "A jointed block for storing four Japanese knives without dulling their edges.",
        }
    },
    "KMM-013": {
        "en": {
            "title": "Camphor-wood tea chest (chabako)",
            "summary": "A jointed chest for carrying a complete tea set, a one-of-a-kind piece.",
        }
    },
}
