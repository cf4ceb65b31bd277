#include "http/PoliceAccess.h"

#include "domain/Errors.h"
#include "http/Authentication.h"

#include <Poco/Crypto/X509Certificate.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/X509Certificate.h>

namespace kiroku::backend::http {

std::optional<services::ClientCertificateIdentity> clientCertificateOf(Request& request) {
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request.raw());
    if (impl == nullptr || !impl->secure()) {
        return std::nullopt;
    }
    try {
        const Poco::Net::SecureStreamSocket socket(impl->socket());
        if (!socket.havePeerCertificate()) {
            return std::nullopt;
        }
        const Poco::Net::X509Certificate certificate = socket.peerCertificate();
        services::ClientCertificateIdentity identity;
        identity.organization = certificate.subjectName(Poco::Crypto::X509Certificate::NID_ORGANIZATION_NAME);
        identity.commonName = certificate.commonName();
        identity.description = "subject=" + certificate.subjectName() + "; issuer=" + certificate.issuerName() +
                               "; serial=" + certificate.serialNumber();
        return identity;
    } catch (const Poco::Exception&) {
        return std::nullopt; // not a TLS socket, or no certificate
    }
}

services::PoliceCaller policeCaller(Request& request, PoliceListenerKind listener, services::AuthService& auth,
                                    services::PoliceRequestService& police,
                                    std::initializer_list<domain::Role> staffRoles) {
    services::PoliceCaller caller;
    if (listener == PoliceListenerKind::Staff) {
        caller.staff = requireStaff(request, auth, staffRoles);
        return caller;
    }
    const auto certificate = clientCertificateOf(request);
    if (!certificate) {
        throw domain::Forbidden("this listener serves police clients with a certificate from the police CA");
    }
    caller.agency = police.agencyOf(*certificate);
    return caller;
}

} // namespace kiroku::backend::http
