"""Cities and counties, and the region whose standards (最低生活費 …) apply to each."""

from openfisca_core.indexed_enums import Enum

CITY_KEYS = {
    "臺北市": "taipei", "新北市": "new_taipei", "桃園市": "taoyuan", "臺中市": "taichung", "臺南市": "tainan",
    "高雄市": "kaohsiung", "基隆市": "keelung", "新竹市": "hsinchu_city", "嘉義市": "chiayi_city",
    "新竹縣": "hsinchu_county", "苗栗縣": "miaoli", "彰化縣": "changhua", "南投縣": "nantou", "雲林縣": "yunlin",
    "嘉義縣": "chiayi_county", "屏東縣": "pingtung", "宜蘭縣": "yilan", "花蓮縣": "hualien", "臺東縣": "taitung",
    "澎湖縣": "penghu", "金門縣": "kinmen", "連江縣": "lienchiang",
}
STANDARDS_OF_CITY = {
    "taipei": "taipei", "new_taipei": "new_taipei", "taoyuan": "taoyuan", "taichung": "taichung",
    "tainan": "tainan", "kaohsiung": "kaohsiung", "kinmen": "fujian_province", "lienchiang": "fujian_province",
}


# Member keys are the romanised city keys, values the city names as written in documents.
City = Enum("City", [(key, name) for name, key in CITY_KEYS.items()])


class StandardsRegion(Enum):
    taipei = "臺北市"
    new_taipei = "新北市"
    taoyuan = "桃園市"
    taichung = "臺中市"
    tainan = "臺南市"
    kaohsiung = "高雄市"
    taiwan_province = "臺灣省"
    fujian_province = "福建省"


def standards_key(city_key: str) -> str:
    return STANDARDS_OF_CITY.get(city_key, "taiwan_province")
