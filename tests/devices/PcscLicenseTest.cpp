// The driver's license read through the real pcscd, vpcd and an emulated card (tests/devices/vcard).
#include "devices/CardIdentification.h"
#include "devices/LicenseCardReader.h"
#include "support/EmulatedCard.h"
#include "support/Hex.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>

using namespace kiroku::kiosk::devices;
using namespace kiroku::kiosk::devices::test;
using namespace std::chrono;

namespace {

// Counts what goes over the wire, to show where reading stopped.
class CountingChannel final : public CardChannel {
public:
    explicit CountingChannel(CardChannel& inner) : m_inner(inner) {}
    Result<ResponseApdu, DeviceError> transmit(ByteView command) override {
        auto response = m_inner.transmit(command);
        ++commands;
        if (response && command.size() > 1 && command[1] == 0xB0) {
            ++reads;
            bytesRead += response->data.size();
        }
        return response;
    }
    int commands = 0;
    int reads = 0;
    std::size_t bytesRead = 0;

private:
    CardChannel& m_inner;
};

std::size_t pinAttempts(const std::string& log) {
    const auto lines = readLines(log);
    return static_cast<std::size_t>(std::count_if(
        lines.begin(), lines.end(), [](const std::string& line) { return line.starts_with("00 20 00 81 04"); }));
}

double elapsedMs(steady_clock::duration d) {
    return duration<double, std::milli>(d).count();
}

} // namespace

TEST_CASE("a license is read end to end through pcscd: name, address, dates and number", "[devices][pcsc]") {
    EmulatedCard card(EmulatedCard::Options::license());
    const auto start = steady_clock::now();
    auto channel = card.connect();
    CountingChannel counted(*channel);
    LicenseCardReader reader(counted);

    auto common = reader.readCommonData();
    REQUIRE(common.ok());
    CHECK(common->specVersion == "008");
    CHECK(common->expiryDate == year{2027} / July / 15);
    auto pinSet = reader.pinIsSet();
    REQUIRE(pinSet.ok());
    CHECK(pinSet.value());
    auto pin = reader.pinState();
    REQUIRE(pin.ok());
    CHECK(pin->triesLeft == 3);
    REQUIRE(reader.verifyPin("1234").ok());

    const auto selectStart = steady_clock::now();
    auto record = reader.readRecord();
    const auto end = steady_clock::now();
    REQUIRE(record.ok());
    CHECK(record->name.family == "山田");
    CHECK(record->name.given == "太郎");
    CHECK(record->address == "東京都千代田区霞が関２丁目〓１番２号");
    CHECK(record->fieldsNeedingStaffInput == std::vector<std::uint8_t>{license_tag::kAddress});
    CHECK(record->birthDate == year{1973} / June / 15);
    CHECK(record->issueDate == year{2022} / April / 1);
    CHECK(record->expiryDate == year{2027} / July / 15);
    CHECK(record->licenseNumber == "301234567810");
    CHECK(record->licenseNumberCheckDigitValid);
    CHECK(record->issuingCommission == "東京都公安委員会");
    CHECK(record->unknownTags.empty());

    // The TLV data ends at byte 297: two pieces of 255, not the whole 880-byte file.
    CHECK(counted.reads == 2 + 2); // common data and PIN setting, then EF01
    CHECK(counted.bytesRead < LicenseCardReader::kEf01Size);

    const std::string timing = "license chip read through pcscd+vpcd: connect to parsed record " +
                               std::to_string(elapsedMs(end - start)) + " ms (" + std::to_string(counted.commands) +
                               " commands), select DF1 to parsed record " +
                               std::to_string(elapsedMs(end - selectStart)) + " ms";
    std::cout << timing << std::endl;
    std::ofstream(card.stack().stateDir + "/timings.txt", std::ios::app) << timing << '\n';
}

TEST_CASE("a wrong PIN shows the tries left and is never retried", "[devices][pcsc]") {
    const std::string log = scratchPath("license-apdu.log");
    EmulatedCard card(EmulatedCard::Options::license().logTo(log));
    auto channel = card.connect();
    LicenseCardReader reader(*channel);

    auto wrong = reader.verifyPin("9999");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == DeviceErrorCode::WrongPin);
    CHECK(wrong.error().triesLeft == 2);
    CHECK(pinAttempts(log) == 1);

    auto state = reader.pinState();
    REQUIRE(state.ok());
    CHECK(state->triesLeft == 2);
    CHECK(pinAttempts(log) == 1);
}

TEST_CASE("with one try left the PIN is not sent until staff confirm", "[devices][pcsc]") {
    const std::string log = scratchPath("license-apdu.log");
    EmulatedCard card(EmulatedCard::Options::license().withTries(1).logTo(log));
    auto channel = card.connect();
    LicenseCardReader reader(*channel);

    auto refused = reader.verifyPin("1234");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == DeviceErrorCode::LastTryNeedsStaffConfirmation);
    CHECK(refused.error().triesLeft == 1);
    CHECK(pinAttempts(log) == 0);

    REQUIRE(reader.verifyPin("1234", StaffConfirmation::LastTryConfirmed).ok());
    CHECK(pinAttempts(log) == 1);
    CHECK(reader.readRecord().ok());
}

TEST_CASE("a locked license is reported as locked and no PIN is sent", "[devices][pcsc]") {
    const std::string log = scratchPath("license-apdu.log");
    EmulatedCard card(EmulatedCard::Options::license().withTries(0).logTo(log));
    auto channel = card.connect();
    LicenseCardReader reader(*channel);

    auto state = reader.pinState();
    REQUIRE_FALSE(state.ok());
    CHECK(state.error().code == DeviceErrorCode::PinLocked);
    auto verified = reader.verifyPin("1234", StaffConfirmation::LastTryConfirmed);
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.error().code == DeviceErrorCode::PinLocked);
    CHECK(pinAttempts(log) == 0);
}

TEST_CASE("reading EF01 before PIN1 is verified is refused with 69 82", "[devices][pcsc]") {
    EmulatedCard card(EmulatedCard::Options::license());
    auto channel = card.connect();
    LicenseCardReader reader(*channel);
    auto record = reader.readRecord();
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == DeviceErrorCode::SecurityStatusNotSatisfied);
    CHECK(record.error().statusWord == 0x6982);
}

TEST_CASE("a license without a PIN is opened with the default PIN", "[devices][pcsc]") {
    EmulatedCard card(EmulatedCard::Options::license().withoutPin());
    auto channel = card.connect();
    LicenseCardReader reader(*channel);
    auto pinSet = reader.pinIsSet();
    REQUIRE(pinSet.ok());
    CHECK_FALSE(pinSet.value());
    REQUIRE(reader.verifyPin(kLicenseDefaultPin).ok());
    CHECK(reader.readRecord().ok());
}

TEST_CASE("a card pulled off the reader in the middle of EF01 reports CardRemoved", "[devices][pcsc]") {
    EmulatedCard card(EmulatedCard::Options::license().removedAfterReads(1));
    auto channel = card.connect();
    LicenseCardReader reader(*channel);
    REQUIRE(reader.verifyPin("1234").ok());
    auto record = reader.readRecord();
    REQUIRE_FALSE(record.ok());
    INFO(record.error().message);
    CHECK(record.error().code == DeviceErrorCode::CardRemoved);
}

TEST_CASE("a card that leaves when told to is gone for the next command", "[devices][pcsc]") {
    const std::string trigger = scratchPath("pull-card");
    EmulatedCard card(EmulatedCard::Options::license().removedWhenFileExists(trigger));
    auto channel = card.connect();
    LicenseCardReader reader(*channel);
    REQUIRE(reader.pinState().ok());
    std::ofstream(trigger) << "pull\n";
    auto state = reader.pinState();
    REQUIRE_FALSE(state.ok());
    CHECK(state.error().code == DeviceErrorCode::CardRemoved);
    std::remove(trigger.c_str());
}

TEST_CASE("garbled EF01 data is reported as garbled TLV", "[devices][pcsc]") {
    EmulatedCard card(EmulatedCard::Options::license().garbled());
    auto channel = card.connect();
    LicenseCardReader reader(*channel);
    REQUIRE(reader.verifyPin("1234").ok());
    auto record = reader.readRecord();
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == DeviceErrorCode::GarbledTlv);
    REQUIRE(record.error().parseError.has_value());
    CHECK(record.error().parseError->code == ParseErrorCode::TlvTruncatedValue);
}

TEST_CASE("a license is identified as a license", "[devices][pcsc]") {
    EmulatedCard card(EmulatedCard::Options::license());
    auto channel = card.connect();
    auto kind = identifyCard(*channel);
    REQUIRE(kind.ok());
    CHECK(kind.value() == CardKind::DriversLicense);
    REQUIRE(channel->reset().ok());
    LicenseCardReader reader(*channel);
    CHECK(reader.readCommonData().ok());
}

TEST_CASE("waiting on an empty reader times out, and connecting to it finds no card", "[devices][pcsc]") {
    const PcscTestStack stack = PcscTestStack::load();
    auto context = PcscContext::establish();
    REQUIRE(context.ok());
    auto waited = context.value()->waitForCard(stack.reader, milliseconds(300));
    REQUIRE_FALSE(waited.ok());
    CHECK(waited.error().code == DeviceErrorCode::Timeout);
    auto connected = context.value()->connect(stack.reader);
    REQUIRE_FALSE(connected.ok());
    CHECK(connected.error().code == DeviceErrorCode::NoCard);
}

TEST_CASE("waiting for a reader that is not connected reports no reader", "[devices][pcsc]") {
    auto context = PcscContext::establish();
    REQUIRE(context.ok());
    auto waited = context.value()->waitForCard("No Such Reader", milliseconds(200));
    REQUIRE_FALSE(waited.ok());
    CHECK(waited.error().code == DeviceErrorCode::NoReader);
    auto connected = context.value()->connect("No Such Reader 00 00");
    REQUIRE_FALSE(connected.ok());
    CHECK(connected.error().code == DeviceErrorCode::ReaderRemoved);
}
