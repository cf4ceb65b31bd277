#include "core/DocumentKinds.h"

namespace kiroku::kiosk::core {

QString methodCode(ReadMethod method) {
    switch (method) {
    case ReadMethod::IcChip:
        return QStringLiteral("ic_chip");
    case ReadMethod::Mrz:
        return QStringLiteral("mrz");
    case ReadMethod::Visual:
        break;
    }
    return QStringLiteral("visual");
}

const QVector<DocumentKindInfo>& DocumentKinds::all() {
    static const QVector<DocumentKindInfo> kinds = [] {
        QVector<DocumentKindInfo> list;
        DocumentKindInfo license{QStringLiteral("drivers_license")};
        license.numberRequired = true;
        license.icChip = true;
        list << license;
        DocumentKindInfo myNumber{QStringLiteral("my_number_card")};
        myNumber.numberField = false;
        myNumber.icChip = true;
        list << myNumber;
        DocumentKindInfo passport{QStringLiteral("passport")};
        passport.numberRequired = true;
        passport.showsAddress = false;
        passport.mrz = true;
        passport.nationalityField = true;
        list << passport;
        DocumentKindInfo residence{QStringLiteral("residence_card")};
        residence.numberRequired = true;
        list << residence;
        DocumentKindInfo permanent{QStringLiteral("special_permanent_resident_certificate")};
        permanent.numberRequired = true;
        list << permanent;
        DocumentKindInfo insurance{QStringLiteral("health_insurance_card")};
        insurance.numberField = false;
        insurance.insurerField = true;
        list << insurance;
        DocumentKindInfo qualification{QStringLiteral("qualification_certificate")};
        qualification.numberField = false;
        qualification.insurerField = true;
        list << qualification;
        list << DocumentKindInfo{QStringLiteral("driving_history_certificate")};
        list << DocumentKindInfo{QStringLiteral("juki_card")};
        DocumentKindInfo resident{QStringLiteral("resident_record")};
        resident.noExpiry = true;
        list << resident;
        DocumentKindInfo koseki{QStringLiteral("koseki")};
        koseki.noExpiry = true;
        list << koseki;
        list << DocumentKindInfo{QStringLiteral("student_id")};
        list << DocumentKindInfo{QStringLiteral("other_government_document")};
        return list;
    }();
    return kinds;
}

const DocumentKindInfo* DocumentKinds::find(const QString& code) {
    for (const auto& kind : all()) {
        if (kind.code == code) {
            return &kind;
        }
    }
    return nullptr;
}

QString DocumentKinds::displayName(const QString& code) {
    if (code == QLatin1String("drivers_license")) {
        return tr("Driver's license");
    }
    if (code == QLatin1String("my_number_card")) {
        return tr("My Number card");
    }
    if (code == QLatin1String("passport")) {
        return tr("Passport");
    }
    if (code == QLatin1String("residence_card")) {
        return tr("Residence card");
    }
    if (code == QLatin1String("special_permanent_resident_certificate")) {
        return tr("Special permanent resident certificate");
    }
    if (code == QLatin1String("health_insurance_card")) {
        return tr("Health insurance card");
    }
    if (code == QLatin1String("qualification_certificate")) {
        return tr("Qualification certificate (health insurance)");
    }
    if (code == QLatin1String("driving_history_certificate")) {
        return tr("Driving history certificate");
    }
    if (code == QLatin1String("juki_card")) {
        return tr("Basic resident register card");
    }
    if (code == QLatin1String("resident_record")) {
        return tr("Copy of the resident record");
    }
    if (code == QLatin1String("koseki")) {
        return tr("Family register copy");
    }
    if (code == QLatin1String("student_id")) {
        return tr("Student ID");
    }
    if (code == QLatin1String("other_government_document")) {
        return tr("Other government-issued document");
    }
    return code;
}

QStringList DocumentKinds::proofKindCodes() {
    return {QStringLiteral("utility_bill"), QStringLiteral("tax_receipt"), QStringLiteral("social_insurance_receipt"),
            QStringLiteral("other_public_receipt")};
}

QString DocumentKinds::proofKindName(const QString& code) {
    if (code == QLatin1String("tax_receipt")) {
        return tr("Tax receipt");
    }
    if (code == QLatin1String("social_insurance_receipt")) {
        return tr("Social insurance receipt");
    }
    if (code == QLatin1String("utility_bill")) {
        return tr("Utility bill receipt (electricity, gas, water)");
    }
    if (code == QLatin1String("other_public_receipt")) {
        return tr("Other public receipt");
    }
    return code;
}

} // namespace kiroku::kiosk::core
