"""Names, places and titles the large benchmark plan is built from (fictional people, real venues)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

HK = "Asia/Hong_Kong"
PARIS = "Europe/Paris"


@dataclass(frozen=True)
class MarketSpec:
    name: str
    city: str
    timezone: str
    first_day: date
    last_day: date


MARKETS = (
    MarketSpec("FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)),
    MarketSpec("HAF 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 19)),
    MarketSpec("Series Mania Forum 2025", "Lille", PARIS, date(2025, 3, 25), date(2025, 3, 27)),
)
HK_DAYS = tuple(date(2025, 3, day) for day in range(17, 21))
HAF_DAYS = HK_DAYS[:3]
LILLE_DAYS = tuple(date(2025, 3, day) for day in range(25, 28))


@dataclass(frozen=True)
class VenueSpec:
    key: str
    name: str
    native_name: str
    address: str
    timezone: str
    latitude: float
    longitude: float
    opens: time | None = None
    closes: time | None = None


VENUES = (
    VenueSpec("hkcec", "HKCEC", "香港會議展覽中心", "1 Harbour Road, Wan Chai", HK, 22.2829, 114.1735,
              time(9, 0), time(19, 0)),
    VenueSpec("grand_hyatt", "Grand Hyatt Hong Kong", "香港君悅酒店", "1 Harbour Road, Wan Chai", HK,
              22.2813, 114.1722),
    VenueSpec("renaissance", "Renaissance Harbour View", "香港萬麗海景酒店", "1 Harbour Road, Wan Chai", HK,
              22.2819, 114.1729),
    VenueSpec("rosewood", "Rosewood Hong Kong", "香港瑰麗酒店", "18 Salisbury Road, Tsim Sha Tsui", HK,
              22.2946, 114.1744),
    VenueSpec("lung_wah", "Lung Wah Kitchen", "龍華小館", "Lockhart Road, Wan Chai", HK, 22.2780, 114.1745,
              time(11, 30), time(23, 0)),
    VenueSpec("emperor", "Emperor Cinemas Times Square", "英皇戲院 時代廣場", "1 Matheson Street, Causeway Bay", HK,
              22.2783, 114.1822, time(10, 0), time(23, 59)),
    VenueSpec("grand_palais", "Lille Grand Palais", "", "1 Boulevard des Cités Unies, Lille", PARIS, 50.6322, 3.0760,
              time(8, 30), time(20, 0)),
    VenueSpec("hermitage", "Hôtel L'Hermitage Gantois", "", "224 Rue de Paris, Lille", PARIS, 50.6297, 3.0650),
)
HK_VENUES = ("hkcec", "grand_hyatt", "renaissance", "rosewood", "lung_wah", "emperor")
LILLE_VENUES = ("grand_palais", "hermitage")

TRAVEL_MINUTES = (  # one way; the same back. Pairs not listed use the plan's default (30 min).
    ("hkcec", "grand_hyatt", 10), ("hkcec", "renaissance", 8), ("hkcec", "rosewood", 35),
    ("hkcec", "lung_wah", 15), ("hkcec", "emperor", 25), ("grand_hyatt", "renaissance", 5),
    ("grand_hyatt", "rosewood", 35), ("lung_wah", "emperor", 15), ("rosewood", "lung_wah", 35),
    ("grand_palais", "hermitage", 15),
)


@dataclass(frozen=True)
class Origin:
    """Where a group of delegates comes from: name parts (Latin, native script) and a zone."""

    key: str
    timezone: str
    surnames: tuple[tuple[str, str], ...]
    given_names: tuple[tuple[str, str], ...]
    surname_first: bool
    native_separator: str
    domain: str


ORIGINS = (
    Origin("europe", "Europe/Berlin",
           (("Müller", ""), ("Rossi", ""), ("Dubois", ""), ("Kowalski", ""), ("Nielsen", ""), ("García", ""),
            ("Novák", ""), ("Jansen", ""), ("Petrosyan", ""), ("Shevchenko", "")),
           (("Anna", ""), ("Lukas", ""), ("Sofia", ""), ("Matteo", ""), ("Camille", ""), ("Jonas", ""),
            ("Élodie", ""), ("Piotr", ""), ("Ingrid", ""), ("Nuno", "")),
           False, " ", "eurosales.example.eu"),
    Origin("hong_kong", HK,
           (("Wong", "黃"), ("Chan", "陳"), ("Leung", "梁"), ("Cheung", "張"), ("Lau", "劉"), ("Li", "李"),
            ("Ho", "何"), ("Tsang", "曾")),
           (("Ka-man", "嘉敏"), ("Tai-man", "大文"), ("Wing-sze", "詠詩"), ("Chi-keung", "志強"), ("Mei-ling", "美玲"),
            ("Hoi-yan", "凱欣"), ("Siu-fung", "少峰"), ("Kwok-wai", "國偉")),
           True, "", "hkproducers.example.hk"),
    Origin("korea", "Asia/Seoul",
           (("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정")),
           (("Ji-woo", "지우"), ("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ha-eun", "하은"), ("Do-hyun", "도현")),
           True, "", "kindies.example.kr"),
    Origin("thailand", "Asia/Bangkok",
           (("Srisuk", "ศรีสุข"), ("Chaiyaporn", "ชัยพร"), ("Wongsawat", "วงศ์สวัสดิ์")),
           (("Somchai", "สมชาย"), ("Nattaya", "ณัฐธยา"), ("Pimchanok", "พิมพ์ชนก"), ("Anurak", "อนุรักษ์")),
           False, " ", "thaifilm.example.th"),
    Origin("japan", "Asia/Tokyo",
           (("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋")),
           (("Yuki", "由紀"), ("Haruto", "陽翔"), ("Aoi", "葵")),
           True, "", "eiga.example.jp"),
)

DELEGATIONS = (  # (name, origin key); a plan with more delegates cycles through them with a number
    ("European Sales Alliance", "europe"),
    ("Hong Kong Producers' Delegation", "hong_kong"),
    ("Korean Independents", "korea"),
    ("Thai Film Collective", "thailand"),
    ("Japan Co-production Mission", "japan"),
)

ROLES = ("Sales agent", "Producer", "Acquisitions", "Festival programmer", "Director", "Distributor",
         "Financier", "Co-production manager")
ORGANISATIONS = ("Nordlicht Sales", "Golden Harbour Pictures", "Seoul Vision Fund", "Mekong Frames",
                 "Lumière Distribution", "Pearl River Films", "Blue Lantern Studio", "Kitsune Media",
                 "Adriatic Rights", "Victoria Peak Entertainment")
COUNTRIES = ("Germany", "France", "Italy", "Hong Kong", "South Korea", "Japan", "Thailand", "Singapore",
             "Taiwan", "United States", "United Kingdom", "Poland")

PROGRAMME_TITLES = {
    "panel": ("Producers Connect: Asian co-productions", "Streaming buyers in 2025", "Financing genre films",
              "Documentary markets", "Animation pipelines", "Sales agents on festival strategy"),
    "workshop": ("Pitch clinic", "Budgeting for co-production", "Legal basics of rights sales",
                 "Marketing a festival film"),
    "screening": ("Market screening: Harbour Lights", "Market screening: 山城 (The Hill Town)",
                  "Market screening: 별의 노래 (Song of Stars)", "Market screening: ทะเลสาบ (The Lake)",
                  "Market screening: Nordwind"),
    "networking": ("Producers breakfast", "Women in film networking", "Co-production speed dating"),
}
PROJECT_TITLES = (
    ("The Last Ferry", "最後一班渡輪"), ("Night Market Blues", "夜市藍調"), ("Typhoon Season", "打風季節"),
    ("Paper Lanterns", "紙燈籠"), ("Island Radio", "離島電台"), ("The Tram Conductor", "電車司機"),
    ("Salt Fields", "鹽田"), ("A Room in Mong Kok", "旺角的房間"),
)
MEETING_TOPICS = ("Sales follow-up", "Screener discussion", "Co-production talk", "Territory deal",
                  "Festival strategy", "Distribution offer", "Remake rights", "Catch-up")
PERSONAL_TITLES = ("Lunch break", "Calls with the office", "Prep time", "Gym", "Emails")
RECEPTION_TITLES = {  # by market code
    "FM25": ("HAF opening reception", "FilMart cocktail", "Delegation dinner", "Industry party",
             "Consulate reception"),
    "SMF25": ("Series Mania welcome drinks", "Delegation dinner", "Forum closing party"),
}
