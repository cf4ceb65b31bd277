#include "PoliceTestSupport.h"

#include "domain/Errors.h"

#include <catch2/catch.hpp>

using namespace kiroku;
using namespace kiroku::test;
using backend::services::QueryResult;

namespace {

const Customer kYamada{"山田 太郎", "ヤマダ タロウ", "1990-05-01", "123456789012"};
const Customer kSato{"佐藤 花子", "", "1985-03-03", "223456789012"};
const Customer kSuzuki{"鈴木 一郎", "スズキ イチロウ", "1979-09-09", "323456789012"};

/// The history of 2026-11-20 (Tokyo):
///   山田 in B01 (PC-01) 10:00–10:30, moved to B02 (PC-02) 10:30–11:30; again on the 21st in B03 09:00–10:00
///   佐藤 in B01 (PC-01) 10:45–12:00
///   鈴木 in B03 (PC-03) 08:00–09:59
struct History {
    PoliceStore s;
    std::string yamada = s.verify(kYamada);
    std::string sato = s.verify(kSato);
    std::string suzuki = s.verify(kSuzuki);
    std::string suzukiVisit;
    std::string yamadaVisit;
    std::string satoVisit;
    std::string yamadaLater;

    History() {
        suzukiVisit = s.checkIn(suzuki, "B03", tokyo(20, 8));
        s.checkout(suzukiVisit, tokyo(20, 9, 59));
        yamadaVisit = s.checkIn(yamada, "B01", tokyo(20, 10));
        s.move(yamadaVisit, "B02", tokyo(20, 10, 30));
        satoVisit = s.checkIn(sato, "B01", tokyo(20, 10, 45));
        s.checkout(yamadaVisit, tokyo(20, 11, 30));
        s.checkout(satoVisit, tokyo(20, 12));
        yamadaLater = s.checkIn(yamada, "B03", tokyo(21, 9));
        s.checkout(yamadaLater, tokyo(21, 10));
    }

    QueryResult booth(const std::string& label, Instant from, Instant to) {
        QueryResult result;
        s.policeRepository.read([&](domain::PoliceLookup& lookup) {
            result =
                s.police.query().terminalAtTime(lookup, s.manager.storeId, s.booths.at(label), std::nullopt, from, to);
        });
        return result;
    }

    QueryResult terminal(const std::string& number, Instant from, Instant to) {
        QueryResult result;
        s.policeRepository.read([&](domain::PoliceLookup& lookup) {
            result = s.police.query().terminalAtTime(lookup, s.manager.storeId, std::nullopt, s.terminals.at(number),
                                                     from, to);
        });
        return result;
    }

    QueryResult person(const domain::PersonQuestion& q, Instant from, Instant to) {
        QueryResult result;
        s.policeRepository.read([&](domain::PoliceLookup& lookup) {
            result = s.police.query().person(lookup, s.manager.storeId, q, from, to);
        });
        return result;
    }
};

std::vector<std::string> names(const QueryResult& result) {
    std::vector<std::string> out;
    for (const auto& record : result.records) {
        out.push_back(record.name);
    }
    return out;
}

} // namespace

TEST_CASE("who used a booth at an instant is the visit whose segment covers it, moves included", "[police][db]") {
    History h;
    const auto at1015 = h.booth("B01", tokyo(20, 10, 15), tokyo(20, 10, 15));
    REQUIRE(names(at1015) == std::vector<std::string>{"山田 太郎"});
    const auto& yamada = at1015.records[0];
    CHECK(yamada.id == h.yamada);
    CHECK(yamada.address == "東京都新宿区西新宿2-8-1");
    CHECK(yamada.dateOfBirth.toString() == "1990-05-01");
    CHECK(yamada.documentKind == "drivers_license");
    CHECK(yamada.documentNumber == std::optional<std::string>("123456789012"));
    CHECK(yamada.nameKana == std::optional<std::string>("ヤマダ タロウ"));
    REQUIRE(yamada.visits.size() == 1);
    CHECK(yamada.visits[0].id == h.yamadaVisit);
    // Only the B01 segment: the move to B02 is another terminal.
    REQUIRE(yamada.visits[0].segments.size() == 1);
    CHECK(yamada.visits[0].segments[0].boothLabel == "B01");
    CHECK(yamada.visits[0].segments[0].terminalNumber == std::optional<std::string>("PC-01"));
    CHECK(yamada.visits[0].segments[0].startedAt == tokyo(20, 10));
    CHECK(yamada.visits[0].segments[0].endedAt == tokyo(20, 10, 30));
    REQUIRE(at1015.matches.size() == 1);
    CHECK(at1015.matches[0].disclosed);

    // The move at 10:30 ends the B01 segment (half-open): B01 is empty from 10:30 until 佐藤 at 10:45.
    CHECK(h.booth("B01", tokyo(20, 10, 30), tokyo(20, 10, 30)).records.empty());
    CHECK(names(h.booth("B02", tokyo(20, 10, 30), tokyo(20, 10, 30))) == std::vector<std::string>{"山田 太郎"});
    CHECK(names(h.booth("B01", tokyo(20, 10, 50), tokyo(20, 10, 50))) == std::vector<std::string>{"佐藤 花子"});
}

TEST_CASE("a terminal question over a window finds each visit on that terminal and only its segments", "[police][db]") {
    History h;
    const auto pc01 = h.terminal("PC-01", tokyo(20, 10), tokyo(20, 11));
    REQUIRE(names(pc01) == std::vector<std::string>{"山田 太郎", "佐藤 花子"});
    CHECK(pc01.records[1].nameKana == std::nullopt);
    const auto pc02 = h.terminal("PC-02", tokyo(20, 10), tokyo(20, 11));
    REQUIRE(names(pc02) == std::vector<std::string>{"山田 太郎"});
    REQUIRE(pc02.records[0].visits[0].segments.size() == 1);
    CHECK(pc02.records[0].visits[0].segments[0].boothLabel == "B02");
    CHECK(pc02.records[0].visits[0].segments[0].startedAt == tokyo(20, 10, 30));
    CHECK(pc02.records[0].visits[0].segments[0].endedAt == tokyo(20, 11, 30));
}

TEST_CASE("scope minimisation: a visit that ended a minute before the window is never returned", "[police][db]") {
    History h;
    // 鈴木 left B03 at 09:59; the window starts at 10:00.
    const auto result = h.booth("B03", tokyo(20, 10), tokyo(20, 11));
    CHECK(result.records.empty());
    CHECK(result.matches.empty());
    CHECK(names(h.booth("B03", tokyo(20, 9, 58), tokyo(20, 11))) == std::vector<std::string>{"鈴木 一郎"});
    // A visit that ended exactly when the window opens is not in it either.
    CHECK(h.booth("B03", tokyo(20, 9, 59), tokyo(20, 11)).records.empty());
}

TEST_CASE("a person is found by name and date of birth however the name is spaced or written", "[police][db]") {
    History h;
    domain::PersonQuestion q;
    q.name = "山田　太郎"; // a full-width space
    q.dateOfBirth = domain::CivilDate(1990, 5, 1);
    const auto day = h.person(q, tokyo(20, 0), tokyo(20, 23, 59));
    REQUIRE(names(day) == std::vector<std::string>{"山田 太郎"});
    // Both segments of the visit, not the visit of the 21st.
    REQUIRE(day.records[0].visits.size() == 1);
    CHECK(day.records[0].visits[0].id == h.yamadaVisit);
    REQUIRE(day.records[0].visits[0].segments.size() == 2);
    CHECK(day.records[0].visits[0].segments[0].boothLabel == "B01");
    CHECK(day.records[0].visits[0].segments[1].boothLabel == "B02");

    const auto twoDays = h.person(q, tokyo(20, 0), tokyo(21, 23, 59));
    REQUIRE(twoDays.records.size() == 1);
    CHECK(twoDays.records[0].visits.size() == 2);

    SECTION("a window inside the visit returns only the segments that intersect it") {
        const auto late = h.person(q, tokyo(20, 10, 40), tokyo(20, 11));
        REQUIRE(late.records.size() == 1);
        REQUIRE(late.records[0].visits[0].segments.size() == 1);
        CHECK(late.records[0].visits[0].segments[0].boothLabel == "B02");
    }
    SECTION("the kana must agree when both have it") {
        q.nameKana = "やまだ たろう";
        CHECK(h.person(q, tokyo(20, 0), tokyo(20, 23, 59)).records.size() == 1);
        q.nameKana = "ヤマダ ジロウ";
        CHECK(h.person(q, tokyo(20, 0), tokyo(20, 23, 59)).records.empty());
    }
    SECTION("another date of birth is another person") {
        q.dateOfBirth = domain::CivilDate(1990, 5, 2);
        const auto none = h.person(q, tokyo(20, 0), tokyo(21, 23, 59));
        CHECK(none.records.empty());
        CHECK(none.matches.empty());
    }
}

TEST_CASE("a person is found by a document number written with hyphens, with or without its kind", "[police][db]") {
    History h;
    domain::PersonQuestion q;
    q.documentNumber = "1234-5678-9012";
    CHECK(names(h.person(q, tokyo(20, 0), tokyo(20, 23, 59))) == std::vector<std::string>{"山田 太郎"});
    q.documentKind = "drivers_license";
    CHECK(names(h.person(q, tokyo(20, 0), tokyo(20, 23, 59))) == std::vector<std::string>{"山田 太郎"});
    q.documentKind = "passport";
    CHECK(h.person(q, tokyo(20, 0), tokyo(20, 23, 59)).records.empty());
}

TEST_CASE("a person who matched but had no visit in the window is recorded as matched, not disclosed", "[police][db]") {
    History h;
    domain::PersonQuestion q;
    q.name = "鈴木 一郎";
    q.dateOfBirth = domain::CivilDate(1979, 9, 9);
    const auto result = h.person(q, tokyo(21, 0), tokyo(21, 23, 59));
    CHECK(result.records.empty());
    REQUIRE(result.matches.size() == 1);
    CHECK(result.matches[0].identityRecordId == h.suzuki);
    CHECK_FALSE(result.matches[0].disclosed);
    CHECK_FALSE(result.matches[0].visitId);
}

TEST_CASE("a person search decrypts only the candidates of the blind index", "[police][db]") {
    History h;
    // Make the other records undecryptable: a scan that decrypted them would fail.
    {
        auto c = h.s.db.connect();
        pqxx::work tx(*c);
        tx.exec_params0("UPDATE identity_records SET name_enc = '\\x01'::bytea, date_of_birth_enc = '\\x01'::bytea "
                        "WHERE id <> $1::uuid AND name_dob_bidx <> (SELECT name_dob_bidx FROM identity_records "
                        "WHERE id = $1::uuid)",
                        h.sato);
        tx.commit();
    }
    domain::PersonQuestion q;
    q.name = "佐藤 花子";
    q.dateOfBirth = domain::CivilDate(1985, 3, 3);
    CHECK(names(h.person(q, tokyo(20, 0), tokyo(20, 23, 59))) == std::vector<std::string>{"佐藤 花子"});
}
