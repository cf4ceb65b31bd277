#include "net/ApiClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUuid>

namespace kiroku::kiosk::net {

ApiClient::ApiClient(QUrl baseUrl, const QString& caFile, QObject* parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_network(new QNetworkAccessManager(this)),
      m_tls(QSslConfiguration::defaultConfiguration()) {
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_tlsProblem = tr("The CA certificate file %1 could not be read.").arg(caFile);
        } else {
            m_tls.setCaCertificates(certificates);
        }
    }
}

void ApiClient::get(const QString& path, Callback done) {
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    send(m_network->get(request), std::move(done));
}

void ApiClient::post(const QString& path, const QJsonObject& body, Callback done, const QByteArray& idempotencyKey) {
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    if (!idempotencyKey.isEmpty()) {
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    }
    send(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void ApiClient::login(const QString& login, const QString& password, Callback done) {
    QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    post(QStringLiteral("/v1/auth/login"), body, [this, done = std::move(done)](const ApiResult& result) {
        if (result.ok()) {
            m_token = result.body.value(QStringLiteral("token")).toString().toUtf8();
        }
        done(result);
    });
}

QByteArray ApiClient::newIdempotencyKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

void ApiClient::send(QNetworkReply* reply, Callback done) {
    ++m_requestsSent;
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        ApiResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        if (json.isObject()) {
            result.body = json.object();
        }
        if (!result.ok()) {
            const QJsonObject error = result.body.value(QStringLiteral("error")).toObject();
            result.errorCode = error.value(QStringLiteral("code")).toString();
            result.errorMessage = error.value(QStringLiteral("message")).toString();
            result.errorField = error.value(QStringLiteral("field")).toString();
            if (!result.reached()) {
                result.errorCode = QStringLiteral("unreachable");
                result.errorMessage = reply->errorString();
            }
        }
        done(result);
    });
}

} // namespace kiroku::kiosk::net
