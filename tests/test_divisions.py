"""The region an article is about, to county level, with its code (places/divisions.py)."""

from __future__ import annotations

import pytest

from summariser.core.models import Region
from summariser.places.divisions import divisions


def region(*zones: str) -> Region:
    return divisions().region_of(list(zones))


def test_a_county_story_reposted_by_its_prefecture_is_the_county() -> None:
    body = "一季度，钟祥市工业投资增长12%。钟祥市新增规上企业9家，荆门市下达的目标提前完成。钟祥市将继续推进技改。"
    got = region("荆门市经信局", "", body)
    assert (got.province, got.city, got.county, got.code) == ("湖北省", "荆门市", "钟祥市", "420881")


def test_a_citys_article_naming_its_counties_in_passing_stays_the_city() -> None:
    body = "宜昌市工业投资增长15%，宜昌市新开工项目40个，其中宜都市、枝江市各有一个百亿项目。"
    got = region("", "宜昌市一季度工业经济开门红", body)
    assert (got.city, got.county, got.code) == ("宜昌市", None, "420500")


def test_a_publisher_naming_a_district_gives_the_district_and_its_city() -> None:
    got = region("襄城区经济和信息化局", "", "今年以来，全区工业经济稳中有进。")
    assert (got.province, got.city, got.county, got.code) == ("湖北省", "襄阳市", "襄城区", "420602")


@pytest.mark.parametrize("body", [
    "老城区改造项目开工，郊区新建厂房3万平方米。",  # district names that are ordinary words
    "朝阳区新增企业12家。",  # a name in several provinces, none of them named
])
def test_a_name_that_could_be_a_word_or_several_places_is_not_guessed(body: str) -> None:
    assert region("", "", body).code is None


def test_a_name_of_several_places_is_the_one_whose_city_is_named() -> None:
    got = region("", "", "长春市朝阳区新增企业12家，朝阳区工业投资增长8%。")
    assert (got.city, got.county, got.code) == ("长春市", "朝阳区", "220104")


def test_a_models_names_are_completed_with_their_ancestors_and_code() -> None:
    table = divisions()
    assert table.resolve(Region(county="钟祥")).code == "420881"
    got = table.resolve(Region(city="荆门市", county="京山市"))
    assert (got.province, got.code) == ("湖北省", "420882")
    assert table.resolve(Region(county="鼓楼区")).code is None  # several, nothing says which
    assert table.resolve(Region(province="福建省", county="鼓楼区")).code == "350102"
    assert table.resolve(Region(province="江苏省", county="鼓楼区")).code == "320000"  # 南京 and 徐州 both have one
    assert table.resolve(Region(city="火星市")) == Region(city="火星市")  # unknown names kept, no code


def test_the_table_holds_every_province_and_the_counties_of_a_city() -> None:
    table = divisions()
    provinces = [d for d in table.by_code.values() if d.level == 0]
    assert len(provinces) == 31  # the mainland's provinces, autonomous regions and municipalities
    assert {d.name for d in table.by_code.values() if d.code.startswith("4208") and d.level == 2} == {
        "东宝区", "掇刀区", "沙洋县", "钟祥市", "京山市"}
    # a county directly under its province has no city
    xiantao = table.in_force(table.by_name["仙桃市"][0])
    assert (xiantao.province, xiantao.city, xiantao.county) == ("湖北省", None, "仙桃市")


def test_a_municipality_s_district_has_no_city_and_does_not_break_the_reading() -> None:
    # (永川区 is 500118: the code's city part, 500100, is no division of the table)
    got = region("", "永川区前三季度工业经济运行情况", "前三季度，永川区规上工业增加值增长8.1%。")
    assert (got.province, got.city, got.county, got.code) == ("重庆市", None, "永川区", "500118")


def test_every_division_of_the_table_is_read_as_a_publisher_and_resolved() -> None:
    table = divisions()
    for d in table.by_code.values():
        assert all(p in table.by_code for p in d.parents), d
        table.region_of([d.name, "", ""])
        table.resolve(Region(county=d.name) if d.level == 2 else Region(city=d.name) if d.level else
                      Region(province=d.name))


@pytest.mark.parametrize(("written", "full", "bare"), [
    ("宁波", "宁波市", "宁波"), ("宁波市", "宁波市", "宁波"),  # a city, with its kind or without
    ("江西", "江西省", "江西"), ("鄞州区", "鄞州区", "鄞州"),
    # an autonomous prefecture by its short kind, its full name, or neither: the peoples' names are no part of 湘西
    ("湘西州", "湘西土家族苗族自治州", "湘西"), ("湘西土家族苗族自治州", "湘西土家族苗族自治州", "湘西"),
    ("黔东南州", "黔东南苗族侗族自治州", "黔东南"),
])
def test_a_place_written_with_or_without_its_kind_is_one_division(written: str, full: str, bare: str) -> None:
    assert (divisions().canonical(written), divisions().bare(written)) == (full, bare)


@pytest.mark.parametrize("written", [
    "吉林", "吉林市",  # the province's short name and the city's: two places
    "恩施", "恩施市",  # the prefecture's short name is its county-level city's too
    "宁波新区", "宁波高新区",  # a park named after its city is another place
    "宁波县",  # a kind the division has not
])
def test_a_short_name_of_two_places_or_a_park_is_kept_as_written(written: str) -> None:
    table = divisions()
    assert table.bare(written) == written
    assert table.canonical(written) == written or written in table.by_name


def test_a_text_s_places_are_written_bare_where_a_name_is_no_part_of_another_word() -> None:
    table = divisions()
    assert table.written_bare("宁波市和湘西州的工业投资") == "宁波和湘西的工业投资"
    assert table.written_bare("宁波市委召开会议，宁波新区和吉林市也参加") == "宁波市委召开会议，宁波新区和吉林市也参加"
