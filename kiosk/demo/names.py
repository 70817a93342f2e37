"""Name pools for synthetic people: common Taiwanese surnames (weighted), given names by
generation and sex, and names of new-immigrant spouses as they appear in registrations."""

SURNAMES = (
    ("陳", 11.1), ("林", 8.3), ("黃", 6.0), ("張", 5.3), ("李", 5.1), ("王", 4.1), ("吳", 4.0), ("劉", 3.2),
    ("蔡", 2.9), ("楊", 2.7), ("許", 2.3), ("鄭", 1.9), ("謝", 1.8), ("洪", 1.5), ("郭", 1.5), ("邱", 1.4),
    ("曾", 1.4), ("廖", 1.3), ("賴", 1.3), ("徐", 1.2), ("周", 1.2), ("葉", 1.2), ("蘇", 1.1), ("莊", 0.9),
    ("呂", 0.9), ("江", 0.9), ("何", 0.8), ("蕭", 0.8), ("羅", 0.8), ("高", 0.8), ("潘", 0.6), ("簡", 0.6),
    ("朱", 0.6), ("鍾", 0.6), ("彭", 0.5), ("游", 0.5), ("詹", 0.5), ("胡", 0.5), ("施", 0.5), ("沈", 0.5),
    ("余", 0.5), ("盧", 0.5), ("梁", 0.4), ("趙", 0.4), ("顏", 0.4), ("柯", 0.4), ("翁", 0.4), ("魏", 0.3),
    ("孫", 0.3), ("戴", 0.3), ("范", 0.3), ("方", 0.3), ("宋", 0.3), ("鄧", 0.3), ("杜", 0.2), ("傅", 0.2),
)

GIVEN = {
    ("F", "old"): ("秀英", "玉蘭", "美玉", "麗華", "秀琴", "玉英", "阿嬌", "金蓮", "月娥", "素珍", "秀鳳", "玉梅",
                   "淑貞", "寶珠", "碧霞", "春美", "秀蘭", "麗珠", "金鳳", "美雲", "阿滿", "罔市", "富美", "素月"),
    ("M", "old"): ("金水", "文雄", "明德", "清輝", "正雄", "國華", "志明", "榮華", "添丁", "阿土", "水木", "金龍",
                   "德勝", "進財", "朝宗", "永福", "天賜", "俊雄", "建國", "坤山", "火旺", "春生", "萬得", "清泉"),
    ("F", "mid"): ("淑芬", "美惠", "雅惠", "麗娟", "惠美", "秀玲", "怡君", "佩君", "美華", "淑惠", "靜宜", "美玲",
                   "雅玲", "玉玲", "慧君", "淑娟", "麗君", "雅婷", "佳玲", "瓊華"),
    ("M", "mid"): ("志偉", "建宏", "俊傑", "家豪", "志豪", "宗翰", "冠宇", "明輝", "文彬", "志強", "信宏", "俊宏",
                   "建志", "國豪", "家銘", "政宏", "健成", "智傑", "明哲", "世昌"),
    ("F", "young"): ("宜蓁", "詠晴", "子涵", "品妍", "思妤", "語彤", "芷晴", "欣妍", "雨萱", "宥蓁", "昀熙", "苡安"),
    ("M", "young"): ("承恩", "宥廷", "品睿", "宇翔", "冠廷", "柏宇", "承翰", "子睿", "宸睿", "彥廷", "柏翰", "睿恩"),
}

# New-immigrant spouses: the Chinese form registered for many Vietnamese spouses, and Latin names.
VIETNAMESE_CHINESE = (("阮", "陳", "黎", "范", "黃", "武", "潘", "吳"), ("氏",),
                      ("蘭", "紅", "花", "梅", "秋", "芳", "玉", "霞", "英", "草", "雪", "香"))
VIETNAMESE_LATIN_F = ("Nguyen Thi Lan", "Tran Thi Hoa", "Le Thi Mai", "Pham Thi Thu", "Hoang Thi Huong",
                      "Vo Thi Ngoc", "Dang Thi Phuong", "Bui Thi Hanh", "Do Thi Nga", "Nguyen Thi Tuyet")
VIETNAMESE_LATIN_M = ("Nguyen Van Hung", "Tran Van Minh", "Le Van Tuan", "Pham Van Duc")
INDONESIAN_F = ("Siti Aminah", "Dewi Lestari", "Sri Wahyuni", "Nur Hidayah", "Rina Susanti", "Yuliana Sari",
                "Ratna Dewi", "Fitri Handayani", "Sari Rahayu", "Wulan Purnama")
THAI_F = ("Somsri Chaiyaporn", "Malee Srisuk", "Kanya Thongdee", "Pranee Saelim", "Wanida Boonmee",
          "Sunee Phromma")
FILIPINO_F = ("Maria Santos", "Rosalie Cruz", "Jocelyn Reyes", "Marites Garcia")
