#include "services/stores/StoreRulesJson.h"

#include "domain/Errors.h"
#include "services/rules/StoreRulesCheck.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace kiroku::backend::services {

domain::StoreRules parseStoreRules(const std::string& json, const std::string& timeZone) {
    domain::StoreRules rules = domain::StoreRules::defaults();
    rules.timeZone = timeZone;
    Poco::JSON::Object::Ptr object;
    try {
        object = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        throw domain::ValidationError("rules", "the store's rules are not a JSON object");
    }
    for (const auto& [key, value] : *object) {
        const std::string field = "rules." + key;
        try {
            if (key == "night_start") {
                rules.nightStart = backend::rules::parseTimeOfDay(value.toString(), field);
            } else if (key == "night_end") {
                rules.nightEnd = backend::rules::parseTimeOfDay(value.toString(), field);
            } else if (key == "minor_age") {
                rules.minorAge = value.convert<int>();
            } else if (key == "reverification_interval_days") {
                rules.reverificationIntervalDays = value.convert<int>();
            } else if (key == "retention_years") {
                rules.retentionYears = value.convert<int>();
            } else if (key == "foreign_passport_address") {
                const auto policy = domain::foreignPassportAddressFromCode(value.toString());
                if (!policy) {
                    throw domain::ValidationError(field, "must be require_proof or accept_declared");
                }
                rules.foreignPassportAddress = *policy;
            } else if (key == "accepted_documents") {
                const auto list = value.extract<Poco::JSON::Array::Ptr>();
                rules.acceptedDocuments.clear();
                for (const auto& code : *list) {
                    const auto kind = domain::documentKindFromCode(code.toString());
                    if (!kind) {
                        throw domain::ValidationError(field, "holds an unknown document kind");
                    }
                    rules.acceptedDocuments.push_back(*kind);
                }
            } else {
                throw domain::ValidationError(field, "is not a known rule");
            }
        } catch (const Poco::Exception&) {
            throw domain::ValidationError(field, "has a value of the wrong type");
        }
    }
    backend::rules::validateStoreRules(rules);
    return rules;
}

} // namespace kiroku::backend::services
