// The background presence watcher the screens use, against the real pcscd and an emulated card.
#include "devices/CardPresenceWatcher.h"
#include "support/EmulatedCard.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <memory>

using namespace kiroku::kiosk::devices;
using namespace kiroku::kiosk::devices::test;

namespace {

// Queued signals need an application object and its event loop (QSignalSpy::wait runs one).
QCoreApplication& application() {
    static int argc = 1;
    static char name[] = "kiroku_device_tests";
    static char* argv[] = {name, nullptr};
    static std::unique_ptr<QCoreApplication> app =
        QCoreApplication::instance() == nullptr ? std::make_unique<QCoreApplication>(argc, argv) : nullptr;
    return *QCoreApplication::instance();
}

bool received(QSignalSpy& spy) {
    return spy.count() > 0 || spy.wait(15000);
}

} // namespace

TEST_CASE("the presence watcher reports a card placed on the reader and taken away", "[devices][pcsc]") {
    application();
    const PcscTestStack stack = PcscTestStack::load();
    const QString reader = QString::fromStdString(stack.reader);
    CardPresenceWatcher watcher(reader);
    QSignalSpy inserted(&watcher, &CardPresenceWatcher::cardInserted);
    QSignalSpy removed(&watcher, &CardPresenceWatcher::cardRemoved);
    QSignalSpy failed(&watcher, &CardPresenceWatcher::watchFailed);
    watcher.start();
    {
        EmulatedCard card(EmulatedCard::Options::license());
        REQUIRE(received(inserted));
        CHECK(inserted.first().first().toString() == reader);
        CHECK(removed.isEmpty());
    }
    REQUIRE(received(removed));
    CHECK(removed.first().first().toString() == reader);
    watcher.stop();
    CHECK(failed.isEmpty());
}

TEST_CASE("the presence watcher says when no matching reader is connected", "[devices][pcsc]") {
    application();
    CardPresenceWatcher watcher(QStringLiteral("No Such Reader"));
    QSignalSpy failed(&watcher, &CardPresenceWatcher::watchFailed);
    watcher.start();
    REQUIRE(received(failed));
    CHECK(failed.first().at(0).toString() == QStringLiteral("NoReader"));
    CHECK_FALSE(failed.wait(2500)); // retried about twice meanwhile, but reported once
    watcher.stop();
    CHECK(failed.count() == 1);
}
