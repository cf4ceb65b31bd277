// The manager's retention audit screen, from a fixed report as GET /v1/audits/retention answers it: on screen, as
// PDF (read back with pdftotext) and as CSV.
#include "KioskHarness.h"
#include "PdfText.h"

#include "core/RetentionReport.h"
#include "ui/ManagerScreen.h"
#include "ui/RetentionAuditScreen.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;

namespace {

const char* const kReport = R"({
  "as_of": "2026-11-22",
  "store": {"id": 3, "code": "SJK01", "name": "新宿東口店"},
  "held_by_month": [
    {"month": "2029-10", "identity_records": 120, "visits": 311, "visit_segments": 340, "terminal_events": 1500},
    {"month": "2029-11", "identity_records": 98, "visits": 250, "visit_segments": 262, "terminal_events": 1210}
  ],
  "due_next_30_days": {"identity_records": 4, "visits": 9, "visit_segments": 10, "terminal_events": 44},
  "holds": [
    {"id": "h-1", "reason": "捜査関係事項照会 第12号", "until": "2027-03-31", "police_request_id": "pr-7", "records": 3},
    {"id": "h-2", "reason": "ordinance report", "until": "2026-10-01", "released_at": "2026-10-02T01:00:00Z",
     "records": 1}
  ],
  "purges": [
    {"id": "p-9", "ran_at": "2026-11-01T18:00:05Z", "cutoff": "2023-10-31",
     "counts": {"identity_records": 57, "visits": 140}, "keys_destroyed": ["2023-10"], "holds_respected": true,
     "duration_ms": 812}
  ],
  "audit_chain": {"ok": true, "length": 48213, "head_hash": "9f2c41d07ab3e5c2",
                  "latest_checkpoint": {"length": 48000, "head_hash": "77aa01", "created_at": "2026-11-21T15:00:00Z"}},
  "access": {
    "personal_data_reads_by_staff": [{"staff_id": 5, "login": "=cmd|calc", "display_name": "佐藤 店長", "reads": 17}],
    "disclosures_by_basis": [{"basis": "criminal_procedure_197_2", "count": 2}]
  },
  "compliance_gaps": {"visits_without_identity_record": 0, "segments_without_terminal": 2,
                      "identity_records_missing_required_item": 0, "missing_supplementary_address_proof": 1},
  "field_added_later": {"ignored": true}
})";

core::RetentionReport fixedReport() {
    QString problem;
    const auto report = core::RetentionReport::parse(QJsonDocument::fromJson(kReport).object(), &problem);
    INFO(problem.toStdString());
    REQUIRE(report.has_value());
    return *report;
}

} // namespace

TEST_CASE("a retention audit from the backend is read field by field, and a malformed one names the field",
          "[kiosk][audit]") {
    const core::RetentionReport r = fixedReport();
    CHECK(r.asOf == QDate(2026, 11, 22));
    CHECK(r.storeName == QStringLiteral("新宿東口店"));
    REQUIRE(r.heldByMonth.size() == 2);
    CHECK(r.heldByMonth[1].held.terminalEvents == 1210);
    CHECK(r.holds[0].policeRequestId == QStringLiteral("pr-7"));
    CHECK_FALSE(r.holds[0].releasedAt.isValid());
    CHECK(r.holds[1].releasedAt.isValid());
    CHECK(r.purges[0].counts.size() == 2);
    CHECK(r.chainOk);
    REQUIRE(r.latestCheckpoint.has_value());
    CHECK(r.latestCheckpoint->length == 48000);
    CHECK(r.complianceGapTotal() == 3);

    QJsonObject broken = QJsonDocument::fromJson(kReport).object();
    QJsonObject gaps = broken.value(QStringLiteral("compliance_gaps")).toObject();
    gaps.insert(QStringLiteral("segments_without_terminal"), -1);
    broken.insert(QStringLiteral("compliance_gaps"), gaps);
    QString problem;
    CHECK_FALSE(core::RetentionReport::parse(broken, &problem).has_value());
    CHECK(problem == QStringLiteral("compliance_gaps.segments_without_terminal must be a whole number of at least 0"));
    broken.remove(QStringLiteral("audit_chain"));
    CHECK_FALSE(core::RetentionReport::parse(broken, &problem).has_value());
    CHECK(problem.startsWith(QStringLiteral("audit_chain must be an object")));
}

TEST_CASE("the retention audit exports as CSV: one figure a row, chain head first, no formula injection",
          "[kiosk][audit]") {
    const QByteArray csv = fixedReport().toCsv();
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() >= 40);
    CHECK(rows[0] == QStringLiteral("section,item,key,value"));
    CHECK(rows[1] == QStringLiteral("audit_chain,head_hash,,9f2c41d07ab3e5c2"));
    CHECK(rows[2] == QStringLiteral("audit_chain,length,,48213"));
    CHECK(rows.contains(QStringLiteral("store,name,,新宿東口店")));
    CHECK(rows.contains(QStringLiteral("held_by_month,visits,2029-10,311")));
    CHECK(rows.contains(QStringLiteral("due_next_30_days,terminal_events,,44")));
    CHECK(rows.contains(QStringLiteral("hold,reason,h-1,捜査関係事項照会 第12号")));
    CHECK(rows.contains(QStringLiteral("hold,released_at,h-2,2026-10-02T01:00:00Z")));
    CHECK(rows.contains(QStringLiteral("purge,purged.identity_records,p-9,57")));
    CHECK(rows.contains(QStringLiteral("disclosures,criminal_procedure_197_2,,2")));
    CHECK(rows.contains(QStringLiteral("compliance_gaps,segments_without_terminal,,2")));
    // A login a spreadsheet would run as a formula is defused.
    CHECK(rows.contains(QStringLiteral("personal_data_reads,'=cmd|calc,佐藤 店長,17")));
}

TEST_CASE("the retention audit screen shows the chain and the gaps, and its PDF carries the chain head in Japanese",
          "[kiosk][audit][ui]") {
    KioskFiles files;
    Kiosk kiosk(QUrl(QStringLiteral("https://127.0.0.1:9")), {}, nullptr, QStringLiteral("ja"));
    ui::RetentionAuditScreen& screen = *kiosk.window.retentionAuditScreen();
    screen.resize(1280, 800);
    screen.show();
    CHECK_FALSE(find<QPushButton>(screen, "exportPdfButton")->isEnabled());
    screen.present(fixedReport());
    CHECK(find<QPushButton>(screen, "exportPdfButton")->isEnabled());
    CHECK(find<QLabel>(screen, "auditChain")->text() == QStringLiteral("監査チェーンは正常です（48213 件）。"));
    CHECK(find<QLabel>(screen, "auditGaps")->text().contains(QStringLiteral("3")));
    CHECK(find<QLabel>(screen, "auditGaps")->styleSheet().contains(QStringLiteral("#b00000")));
    CHECK(find<QTextBrowser>(screen, "auditView")->toPlainText().contains(QStringLiteral("新宿東口店")));

    const QString pdf = files.dir.filePath(QStringLiteral("audit.pdf"));
    REQUIRE(screen.exportPdf(pdf).isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("保存状況の監査")));
    CHECK(text.contains(QStringLiteral("新宿東口店")));
    CHECK(text.contains(QStringLiteral("9f2c41d07ab3e5c2")));
    CHECK(text.contains(QStringLiteral("48213")));
    CHECK(text.contains(QStringLiteral("捜査関係事項照会")));
    CHECK(text.contains(QStringLiteral("佐藤"))); // 長 comes back as the radical ⻑ from the CJK font
    CHECK(text.contains(QStringLiteral("2029-11")));

    const QString csv = files.dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(screen.exportCsv(csv).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == screen.report()->toCsv());

    // A broken chain is said in red before anything else.
    core::RetentionReport broken = fixedReport();
    broken.chainOk = false;
    broken.chainFirstBroken = 47001;
    screen.present(broken);
    CHECK(find<QLabel>(screen, "auditChain")->styleSheet().contains(QStringLiteral("#b00000")));
    CHECK(find<QTextBrowser>(screen, "auditView")->toPlainText().contains(QStringLiteral("47001")));
}

TEST_CASE("the retention audit is reached from the manager area and shows the server's report for the store",
          "[kiosk][audit][ui][e2e]") {
    Backend backend("manager");
    Kiosk kiosk(backend.url(), backend.ca(), nullptr);
    logIn(kiosk, backend.staff);
    QTest::mouseClick(find<QPushButton>(kiosk.window, "managerButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(kiosk.window, "retentionAuditButton"), Qt::LeftButton);
    REQUIRE(kiosk.window.currentScreen() == kiosk.window.retentionAuditScreen());
    auto* status = find<QLabel>(kiosk.window, "auditStatus");
    REQUIRE(waitUntil([&] { return !status->text().startsWith(QStringLiteral("Loading")); }));
    INFO(status->text().toStdString());
    REQUIRE(status->text().startsWith(QStringLiteral("Audit as of")));
    const auto& report = kiosk.window.retentionAuditScreen()->report();
    REQUIRE(report.has_value());
    CHECK(report->storeCode == QStringLiteral("kiosk-test"));
    CHECK(report->asOf.isValid());
    // The manager's login is in the store's audit chain, which is intact.
    CHECK(report->chainOk);
    CHECK(report->chainLength >= 1);
    CHECK(find<QLabel>(kiosk.window, "auditChain")->text().startsWith(QStringLiteral("Audit chain intact")));

    // With the server gone, the screen says the audit could not be loaded.
    backend.server.reset();
    QTest::mouseClick(find<QPushButton>(kiosk.window, "loadAuditButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !status->text().startsWith(QStringLiteral("Loading")); }));
    CHECK(status->text().startsWith(QStringLiteral("The audit could not be loaded")));
    QTest::mouseClick(find<QPushButton>(kiosk.window, "auditBackButton"), Qt::LeftButton);
    CHECK(kiosk.window.currentScreen() == kiosk.window.managerScreen());
}
