#include "domain/StoreRules.h"
#include "services/rules/StoreRulesCheck.h"

#include "RulesTestSupport.h"

using namespace kiroku::backend::rules;
using kiroku::domain::DocumentKind;
using kiroku::domain::ForeignPassportAddress;
using kiroku::domain::LocalTimeOfDay;
using kiroku::domain::StoreRules;
using kiroku::domain::ValidationError;
using kiroku::tests::thrownBy;

TEST_CASE("a store's rules default to Tokyo's ordinances", "[rules]") {
    const StoreRules rules = StoreRules::defaults();
    CHECK(rules.timeZone == "Asia/Tokyo");
    CHECK(rules.nightStart == LocalTimeOfDay{23, 0});
    CHECK(rules.nightEnd == LocalTimeOfDay{4, 0});
    CHECK(rules.minorAge == 18);
    CHECK(rules.reverificationIntervalDays == 0);
    CHECK(rules.retentionYears == 3);
    CHECK(rules.acceptedDocuments.size() == 13);
    CHECK(rules.accepts(DocumentKind::StudentId));
    CHECK(rules.foreignPassportAddress == ForeignPassportAddress::RequireProof);
    CHECK_NOTHROW(validateStoreRules(rules));
}

TEST_CASE("document kinds and store policies have stable string codes", "[rules]") {
    for (DocumentKind kind : kiroku::domain::allDocumentKinds()) {
        CHECK(kiroku::domain::documentKindFromCode(toCode(kind)) == kind);
    }
    CHECK(toCode(DocumentKind::QualificationCertificate) == "qualification_certificate");
    CHECK_FALSE(kiroku::domain::documentKindFromCode("Passport").has_value());
    CHECK(kiroku::domain::foreignPassportAddressFromCode("accept_declared") == ForeignPassportAddress::AcceptDeclared);
    CHECK_FALSE(kiroku::domain::foreignPassportAddressFromCode("other").has_value());
}

TEST_CASE("night hours are read as HH:MM", "[rules]") {
    CHECK(parseTimeOfDay("23:00", "rules.night_start") == LocalTimeOfDay{23, 0});
    CHECK(parseTimeOfDay("04:05", "rules.night_end") == LocalTimeOfDay{4, 5});
    CHECK(formatTimeOfDay(LocalTimeOfDay{4, 5}) == "04:05");
    for (const char* bad : {"24:00", "23:60", "4:00", "23:00:00", ""}) {
        INFO(bad);
        CHECK(thrownBy<ValidationError>([&] { parseTimeOfDay(bad, "rules.night_start"); }).field() ==
              "rules.night_start");
    }
}

TEST_CASE("a store's rules with an impossible value are refused naming the setting", "[rules]") {
    auto fieldOf = [](StoreRules rules) {
        return thrownBy<ValidationError>([&] { validateStoreRules(rules); }).field();
    };
    StoreRules rules = StoreRules::defaults();
    rules.timeZone = "Tokyo";
    CHECK(fieldOf(rules) == "rules.time_zone");
    rules = StoreRules::defaults();
    rules.nightEnd = LocalTimeOfDay{25, 0};
    CHECK(fieldOf(rules) == "rules.night_end");
    rules = StoreRules::defaults();
    rules.minorAge = 0;
    CHECK(fieldOf(rules) == "rules.minor_age");
    rules = StoreRules::defaults();
    rules.reverificationIntervalDays = -7;
    CHECK(fieldOf(rules) == "rules.reverification_interval_days");
    rules = StoreRules::defaults();
    rules.retentionYears = 0;
    CHECK(fieldOf(rules) == "rules.retention_years");
    rules = StoreRules::defaults();
    rules.acceptedDocuments.clear();
    CHECK(fieldOf(rules) == "rules.accepted_documents");
}
