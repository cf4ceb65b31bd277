// The police desk end to end against the real backend: manager A enters a paper request (the backend's per-field
// refusals shown under the fields), manager B approves it (A may not: two-person rule) or rejects another with a
// reason, A answers, and the signed answer is verified and exported as PDF with its JSON and signature.
#include "KioskHarness.h"
#include "PdfText.h"

#include "core/PoliceAnswer.h"
#include "ui/ManagerScreen.h"
#include "ui/PoliceAnswerPdf.h"
#include "ui/PoliceDeskScreen.h"
#include "ui/PoliceRequestForm.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

#include <optional>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;

namespace {

net::ApiResult call(const std::function<void(net::ApiClient::Callback)>& start) {
    std::optional<net::ApiResult> out;
    start([&out](const net::ApiResult& r) { out = r; });
    REQUIRE(waitUntil([&] { return out.has_value(); }));
    return *out;
}

/// A customer checked in at B01 now, through the API as the signed-in staff member.
void checkInAtB01(net::ApiClient& api) {
    const QJsonObject identity{
        {QStringLiteral("method"), QStringLiteral("visual")},
        {QStringLiteral("person"), QJsonObject{{QStringLiteral("name"), QStringLiteral("山田 太郎")},
                                               {QStringLiteral("address"), QStringLiteral("東京都新宿区西新宿2-8-1")},
                                               {QStringLiteral("date_of_birth"), QStringLiteral("1990-05-01")}}},
        {QStringLiteral("document"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("drivers_license")},
                                                 {QStringLiteral("number"), QStringLiteral("123456789012")},
                                                 {QStringLiteral("expires_on"), QStringLiteral("2035-01-01")}}}};
    const auto verified =
        call([&](auto done) { api.post(QStringLiteral("/v1/identity-verifications"), identity, done); });
    INFO(verified.errorMessage.toStdString());
    REQUIRE(verified.status == 201);
    const auto booths = call([&](auto done) { api.get(QStringLiteral("/v1/booths"), done); });
    QJsonValue b01;
    for (const QJsonValue& b : booths.body.value(QStringLiteral("booths")).toArray()) {
        if (b.toObject().value(QStringLiteral("label")).toString() == QLatin1String("B01")) {
            b01 = b.toObject().value(QStringLiteral("id"));
        }
    }
    const QJsonObject visit{{QStringLiteral("identity_record_id"), verified.body.value(QStringLiteral("id"))},
                            {QStringLiteral("booth_id"), b01}};
    const auto visited = call(
        [&](auto done) { api.post(QStringLiteral("/v1/visits"), visit, done, net::ApiClient::newIdempotencyKey()); });
    INFO(visited.errorMessage.toStdString());
    REQUIRE(visited.status == 201);
}

ui::PoliceDeskScreen& openDesk(Kiosk& kiosk) {
    QTest::mouseClick(find<QPushButton>(kiosk.window, "managerButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(kiosk.window, "policeDeskButton"), Qt::LeftButton);
    ui::PoliceDeskScreen& desk = *kiosk.window.policeDeskScreen();
    REQUIRE(kiosk.window.currentScreen() == &desk);
    auto* status = find<QLabel>(desk, "policeStatus");
    REQUIRE(
        waitUntil([&] { return !status->text().isEmpty() && !status->text().startsWith(QStringLiteral("Loading")); }));
    return desk;
}

void set(QWidget& form, const char* path, const QString& text) {
    find<QLineEdit>(form, (std::string("police.") + path).c_str())->setText(text);
}

void fillPaperRequest(ui::PoliceRequestForm& form, const core::CounterRules& rules) {
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(rules.zone);
    set(form, "agency.name", QStringLiteral("警視庁新宿警察署"));
    set(form, "officer.name", QStringLiteral("警部補 田中"));
    set(form, "officer.badge", QStringLiteral("123456"));
    set(form, "officer.contact", QStringLiteral("03-0000-0000"));
    set(form, "document.reference", QStringLiteral("新宿署刑第123号"));
    set(form, "document.date", now.date().toString(Qt::ISODate));
    set(form, "scope.from", now.addSecs(-3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    set(form, "scope.to", now.addSecs(3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    set(form, "question.booth", QStringLiteral("B01"));
}

/// A picture of the window for people to look at (build/screenshots/police/NAME.png).
void shoot(QWidget& window, const char* name) {
    QDir().mkpath(QStringLiteral(KIROKU_SCREENSHOT_DIR "/police"));
    QCoreApplication::processEvents(); // pending layout requests first
    CHECK(window.grab().save(QStringLiteral(KIROKU_SCREENSHOT_DIR "/police/%1.png").arg(QLatin1String(name))));
}

QString statusOf(const ui::PoliceDeskScreen& desk, const QString& id) {
    for (const QJsonValue& v : desk.requests()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id) {
            return v.toObject().value(QStringLiteral("status")).toString();
        }
    }
    return {};
}

} // namespace

TEST_CASE("two managers take a paper police request from entry to a verified, exported PDF answer",
          "[kiosk][police][ui][e2e]") {
    Backend backend("manager");
    const auto managerB = kiroku::test::createStaff(backend.db, "kiosk-test", "manager-b", "manager", 4);
    KioskFiles files;
    Kiosk a(backend.url(), backend.ca(), nullptr, QStringLiteral("ja"));
    logIn(a, backend.staff);
    checkInAtB01(a.api);
    ui::PoliceDeskScreen& desk = openDesk(a);
    CHECK(desk.requests().isEmpty());

    // Manager A enters the paper request; the backend's refusal of a missing badge is shown under that field.
    QTest::mouseClick(find<QPushButton>(desk, "newPoliceRequestButton"), Qt::LeftButton);
    ui::PoliceRequestForm& form = *desk.form();
    REQUIRE(form.isVisible());
    fillPaperRequest(form, a.settings.rules);
    set(form, "officer.badge", {});
    QTest::mouseClick(find<QPushButton>(form, "policeSubmitButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !form.errorFor(QStringLiteral("officer.badge")).isEmpty(); }));
    CHECK(find<QLabel>(form, "police.officer.badge.error")->isVisible());
    shoot(a.window, "form-refused");
    CHECK(form.errorFor(QStringLiteral("officer.name")).isEmpty());
    set(form, "officer.badge", QStringLiteral("123456"));
    set(form, "scope.to", QStringLiteral("tomorrow"));
    QTest::mouseClick(find<QPushButton>(form, "policeSubmitButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !form.errorFor(QStringLiteral("scope.to")).isEmpty(); }));
    CHECK(form.errorFor(QStringLiteral("officer.badge")).isEmpty());
    // A warrant needs its court and last valid day, and one past its expiry is refused (422) under that field.
    fillPaperRequest(form, a.settings.rules);
    auto* basis = find<QComboBox>(form, "police.legal_basis.kind");
    basis->setCurrentIndex(basis->findData(QStringLiteral("warrant")));
    QTest::mouseClick(find<QPushButton>(form, "policeSubmitButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !form.errorFor(QStringLiteral("legal_basis.court")).isEmpty(); }));
    CHECK(form.errorFor(QStringLiteral("legal_basis.court")) == QStringLiteral("is required for a warrant"));
    set(form, "legal_basis.court", QStringLiteral("東京簡易裁判所"));
    set(form, "legal_basis.expires_on", QStringLiteral("2020-01-31"));
    QTest::mouseClick(find<QPushButton>(form, "policeSubmitButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !form.errorFor(QStringLiteral("legal_basis.expires_on")).isEmpty(); }));
    CHECK(form.errorFor(QStringLiteral("legal_basis.court")).isEmpty());
    basis->setCurrentIndex(basis->findData(QStringLiteral("ccp_197_2")));
    set(form, "legal_basis.court", {});
    set(form, "legal_basis.expires_on", {});
    QTest::mouseClick(find<QPushButton>(form, "policeSubmitButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return desk.requests().size() == 1 && !form.isVisible(); }));
    const QJsonObject entered = desk.requests()[0].toObject();
    const QString id = entered.value(QStringLiteral("id")).toString();
    CHECK(entered.value(QStringLiteral("status")).toString() == QStringLiteral("received"));
    CHECK(entered.value(QStringLiteral("legal_basis")).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("ccp_197_2"));
    CHECK(find<QTableWidget>(desk, "policeRequests")->item(0, 3)->text() == QStringLiteral("警視庁新宿警察署"));
    // Two-person rule: A may not approve what A entered, and nothing can be answered yet.
    REQUIRE(desk.select(id));
    CHECK_FALSE(find<QPushButton>(desk, "approvePoliceButton")->isEnabled());
    CHECK_FALSE(find<QPushButton>(desk, "answerPoliceButton")->isEnabled());
    CHECK(find<QLabel>(desk, "policeDetail")->text().contains(QStringLiteral("別の店長")));
    // Who entered it, by display name and staff number (the request JSON names them next to the ids).
    const QString staffA = QStringLiteral("Test staff1（従業員 #%1）").arg(backend.staff.staffId);
    const QString staffB = QStringLiteral("Test manager-b（従業員 #%1）").arg(managerB.staffId);
    CHECK(find<QLabel>(desk, "policeDetail")->text().contains(QStringLiteral("入力者: ") + staffA));
    CHECK(find<QTableWidget>(desk, "policeRequests")->item(0, 5)->text().isEmpty());

    // Manager B, at another kiosk, approves it; a reason is needed before B could reject.
    {
        Kiosk b(backend.url(), backend.ca(), nullptr);
        logIn(b, managerB);
        ui::PoliceDeskScreen& deskB = openDesk(b);
        REQUIRE(deskB.select(id));
        auto* reject = find<QPushButton>(deskB, "rejectPoliceButton");
        CHECK_FALSE(reject->isEnabled());
        find<QLineEdit>(deskB, "rejectReasonField")->setText(QStringLiteral("scope too wide"));
        CHECK(reject->isEnabled());
        find<QLineEdit>(deskB, "rejectReasonField")->clear();
        auto* approve = find<QPushButton>(deskB, "approvePoliceButton");
        REQUIRE(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return statusOf(deskB, id) == QStringLiteral("approved"); }));
        CHECK_FALSE(approve->isEnabled());
        const QString detailB = find<QLabel>(deskB, "policeDetail")->text();
        INFO(detailB.toStdString());
        CHECK(detailB.contains(QStringLiteral("Entered by Test staff1 (staff #%1)").arg(backend.staff.staffId)));
        CHECK(detailB.contains(QStringLiteral("Approved by Test manager-b (staff #%1) at ").arg(managerB.staffId)));
        CHECK(find<QTableWidget>(deskB, "policeRequests")->item(0, 5)->text() ==
              QStringLiteral("Test manager-b (staff #%1)").arg(managerB.staffId));
    }

    // A answers; the answer's signature is verified before it is shown, and it exports as PDF with its JSON.
    desk.load(id);
    REQUIRE(waitUntil([&] { return statusOf(desk, id) == QStringLiteral("approved"); }));
    auto* answer = find<QPushButton>(desk, "answerPoliceButton");
    REQUIRE(answer->isEnabled());
    QTest::mouseClick(answer, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return statusOf(desk, id) == QStringLiteral("answered"); }));
    REQUIRE(desk.answer() != nullptr);
    INFO(desk.answer()->refusal().toStdString());
    REQUIRE(desk.answer()->document().has_value());
    const core::PoliceAnswerDocument& doc = *desk.answer()->document();
    const QString number = QStringLiteral("K-%1-000001").arg(QDate::currentDate().year());
    CHECK(doc.number == number);
    CHECK(doc.answeredBy == QString::number(backend.staff.staffId));
    CHECK(doc.answeredByName == QStringLiteral("Test staff1"));
    CHECK(doc.approvedBy == QString::number(managerB.staffId));
    CHECK(doc.approvedByName == QStringLiteral("Test manager-b"));
    CHECK(desk.answer()->answer().document.contains(R"("approved_by_name":"Test manager-b")"));
    CHECK(desk.answer()->answer().document.contains(R"("answered_by_name":"Test staff1")"));
    REQUIRE(doc.records.size() == 1);
    CHECK(doc.records[0].name == QStringLiteral("山田 太郎"));
    REQUIRE(doc.records[0].visits.size() == 1);
    CHECK(doc.records[0].visits[0].segments[0].booth == QStringLiteral("B01"));
    CHECK(find<QLabel>(desk, "policeAnswerStatus")->styleSheet().contains(QStringLiteral("#006000")));
    CHECK(find<QTableWidget>(desk, "policeRequests")->item(0, 1)->text() == number);
    // The list names the approving manager, the detail who entered, approved and answered the request.
    CHECK(find<QTableWidget>(desk, "policeRequests")->horizontalHeaderItem(5)->text() == QStringLiteral("承認者"));
    CHECK(find<QTableWidget>(desk, "policeRequests")->item(0, 5)->text() == staffB);
    const QString detail = find<QLabel>(desk, "policeDetail")->text();
    INFO(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("入力者: ") + staffA));
    CHECK(detail.contains(staffB + QStringLiteral(" が ")));
    CHECK(detail.contains(QStringLiteral("に承認")));
    CHECK(detail.contains(staffA + QStringLiteral(" が ")));
    CHECK(detail.contains(QStringLiteral("に回答")));
    REQUIRE(find<QPushButton>(desk, "exportAnswerButton")->isEnabled());
    shoot(a.window, "desk-answered");

    const QString pdf = files.dir.filePath(number + QStringLiteral(".pdf"));
    REQUIRE(desk.exportAnswer(pdf).isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(number));
    CHECK(text.contains(QStringLiteral("捜査関係事項照会")));
    CHECK(text.contains(QStringLiteral("新宿署刑第123号")));
    CHECK(text.contains(QStringLiteral("山田 太郎")));
    CHECK(text.contains(QStringLiteral("B01")));
    // The managers by display name and staff number (pdfText is NFKC: full-width brackets read as ASCII).
    CHECK(text.contains(QStringLiteral("Test staff1（従業員 #%1）")
                            .arg(backend.staff.staffId)
                            .normalized(QString::NormalizationForm_KC)));
    CHECK(text.contains(QStringLiteral("Test manager-b（従業員 #%1）")
                            .arg(managerB.staffId)
                            .normalized(QString::NormalizationForm_KC)));
    CHECK(text.contains(desk.answer()->signature().documentSha256));
    CHECK(QFileInfo(files.dir.filePath(number + QStringLiteral(".json"))).size() > 0);
    CHECK(QFileInfo(files.dir.filePath(number + QStringLiteral(".sig"))).size() == 64);
    CHECK(QFileInfo::exists(files.dir.filePath(number + QStringLiteral(".pub.pem"))));
    // The exported files verify with openssl alone, and the printed fingerprint is the one openssl computes.
    const auto q = [&](const char* ext) {
        return kiroku::test::shellQuote(files.dir.filePath(number + ext).toStdString());
    };
    std::string out;
    CHECK(kiroku::test::runCommand("openssl pkeyutl -verify -pubin -inkey " + q(".pub.pem") + " -rawin -in " +
                                       q(".json") + " -sigfile " + q(".sig") + " 2>&1",
                                   &out) == 0);
    CHECK(out.find("Signature Verified Successfully") != std::string::npos);
    out.clear();
    REQUIRE(kiroku::test::runCommand("openssl pkey -pubin -in " + q(".pub.pem") + " -outform DER | sha256sum", &out) ==
            0);
    CHECK(out.substr(0, 64) == desk.answer()->signature().keyFingerprint.toStdString());
    CHECK(text.contains(desk.answer()->signature().keyFingerprint));

    // Selecting the answered request again fetches the same signed answer (GET …/answer) and verifies it again.
    const QString sha = desk.answer()->signature().documentSha256;
    REQUIRE(desk.select(id));
    CHECK(desk.answer() == nullptr);
    REQUIRE(waitUntil([&] { return desk.answer() != nullptr && desk.answer()->document().has_value(); }));
    CHECK(desk.answer()->document()->number == number);
    CHECK(desk.answer()->signature().documentSha256 == sha);

    // Switching the language redraws the list and the answer shown.
    CHECK(find<QTableWidget>(desk, "policeRequests")->item(0, 0)->text() == QStringLiteral("回答済み"));
    REQUIRE(a.language.use(QStringLiteral("en")));
    // The language-change event reaches the widgets through the event loop.
    CHECK(waitUntil(
        [&] { return find<QTableWidget>(desk, "policeRequests")->item(0, 0)->text() == QStringLiteral("Answered"); }));
    CHECK(find<QTextBrowser>(desk, "policeAnswerView")
              ->toPlainText()
              .contains(QStringLiteral("Answer to a police inquiry")));
}

TEST_CASE("a manager rejects a police request with a reason, and a second manager who still saw it open is told "
          "why approving failed",
          "[kiosk][police][ui][e2e]") {
    Backend backend("manager");
    const auto managerB = kiroku::test::createStaff(backend.db, "kiosk-test", "manager-b", "manager", 4);
    Kiosk a(backend.url(), backend.ca(), nullptr);
    logIn(a, backend.staff);
    ui::PoliceDeskScreen& desk = openDesk(a);
    QTest::mouseClick(find<QPushButton>(desk, "newPoliceRequestButton"), Qt::LeftButton);
    fillPaperRequest(*desk.form(), a.settings.rules);
    QTest::mouseClick(find<QPushButton>(*desk.form(), "policeSubmitButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return desk.requests().size() == 1; }));
    const QString id = desk.requests()[0].toObject().value(QStringLiteral("id")).toString();
    Kiosk b(backend.url(), backend.ca(), nullptr);
    logIn(b, managerB);
    ui::PoliceDeskScreen& deskB = openDesk(b);
    REQUIRE(deskB.select(id));
    REQUIRE(desk.select(id));
    find<QLineEdit>(desk, "rejectReasonField")->setText(QStringLiteral("The document names another store."));
    QTest::mouseClick(find<QPushButton>(desk, "rejectPoliceButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return statusOf(desk, id) == QStringLiteral("rejected"); }));
    CHECK(find<QLabel>(desk, "policeDetail")->text().contains(QStringLiteral("The document names another store.")));
    CHECK(find<QLabel>(desk, "policeDetail")
              ->text()
              .contains(QStringLiteral("Rejected by Test staff1 (staff #%1) at ").arg(backend.staff.staffId)));
    CHECK_FALSE(find<QPushButton>(desk, "approvePoliceButton")->isEnabled());
    CHECK_FALSE(find<QPushButton>(desk, "answerPoliceButton")->isEnabled());
    CHECK_FALSE(find<QPushButton>(desk, "rejectPoliceButton")->isEnabled());

    // B's list still says "awaiting approval": the backend refuses, B's list is reloaded and the reason stays shown.
    auto* approveB = find<QPushButton>(deskB, "approvePoliceButton");
    REQUIRE(approveB->isEnabled());
    QTest::mouseClick(approveB, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return statusOf(deskB, id) == QStringLiteral("rejected"); }));
    auto* statusB = find<QLabel>(deskB, "policeStatus");
    CHECK(statusB->text().startsWith(QStringLiteral("The server refused")));
    CHECK(statusB->styleSheet().contains(QStringLiteral("#b00000")));
    CHECK_FALSE(approveB->isEnabled());
}

TEST_CASE("in an emergency to protect life one manager approves a request alone, and the answer is flagged for "
          "review on screen and in the PDF",
          "[kiosk][police][ui][e2e]") {
    Backend backend("manager");
    KioskFiles files;
    Kiosk a(backend.url(), backend.ca(), nullptr);
    logIn(a, backend.staff);
    ui::PoliceDeskScreen& desk = openDesk(a);
    QTest::mouseClick(find<QPushButton>(desk, "newPoliceRequestButton"), Qt::LeftButton);
    ui::PoliceRequestForm& form = *desk.form();
    fillPaperRequest(form, a.settings.rules);
    auto* basis = find<QComboBox>(form, "police.legal_basis.kind");
    basis->setCurrentIndex(basis->findData(QStringLiteral("emergency_life")));
    QTest::mouseClick(find<QPushButton>(form, "policeSubmitButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return desk.requests().size() == 1; }));
    const QString id = desk.requests()[0].toObject().value(QStringLiteral("id")).toString();
    REQUIRE(desk.select(id));
    auto* approve = find<QPushButton>(desk, "approvePoliceButton");
    REQUIRE(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return statusOf(desk, id) == QStringLiteral("approved"); }));
    CHECK(find<QLabel>(desk, "policeDetail")->text().contains(QStringLiteral("flagged for review")));
    QTest::mouseClick(find<QPushButton>(desk, "answerPoliceButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return desk.answer() != nullptr && desk.answer()->document().has_value(); }));
    CHECK(desk.answer()->document()->reviewRequired);
    CHECK(desk.answer()->document()->basisKind == QStringLiteral("emergency_life"));
    // Nobody was at B01 in this store: the answer says so.
    CHECK(desk.answer()->document()->records.isEmpty());
    const QString pdf = files.dir.filePath(QStringLiteral("emergency.pdf"));
    REQUIRE(desk.exportAnswer(pdf).isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Emergency to protect life")));
    CHECK(text.simplified().contains(QStringLiteral("Approved by one manager in an emergency: flagged for review")));
    CHECK(text.contains(QStringLiteral("No record matched the question within the scope.")));
    CHECK(text.contains(QStringLiteral("emergency.json")));
}
