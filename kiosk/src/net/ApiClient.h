#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kiroku::kiosk::net {

/// The outcome of one API call: HTTP status (0 when the backend was not reached), the JSON body,
/// and for failures the backend's error code, message and field.
struct ApiResult {
    int status = 0;
    QJsonObject body;
    QString errorCode;
    QString errorMessage;
    QString errorField;
    bool ok() const { return status >= 200 && status < 300; }
    bool reached() const { return status != 0; }
    /// Not carried out because the backend could not be reached or could not work (502/503/504): the same request
    /// may be sent again later with the same Idempotency-Key.
    bool backendUnavailable() const { return status == 0 || status == 502 || status == 503 || status == 504; }
};

/// Talks to the Kiroku backend over HTTPS, trusting only the configured CA. Asynchronous: each call
/// invokes its callback on the event loop; nothing throws. Personal data travels only in bodies.
class ApiClient : public QObject {
    Q_OBJECT
public:
    ApiClient(QUrl baseUrl, const QString& caFile, QObject* parent = nullptr);

    using Callback = std::function<void(const ApiResult&)>;

    void get(const QString& path, Callback done);
    void post(const QString& path, const QJsonObject& body, Callback done, const QByteArray& idempotencyKey = {});

    /// POST /v1/auth/login; on success keeps the bearer token for later calls.
    void login(const QString& login, const QString& password, Callback done);
    void setToken(const QByteArray& token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    /// A fresh random Idempotency-Key (a UUID) for one attempt of a state-changing call; keep it for its retries.
    static QByteArray newIdempotencyKey();
    /// Requests sent so far (backend round trips), for measurements.
    int requestsSent() const { return m_requestsSent; }
    /// How long a call may take before it counts as unreachable (default 10 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    const QUrl& baseUrl() const { return m_baseUrl; }
    /// Empty when the CA file loaded, else why not.
    const QString& tlsProblem() const { return m_tlsProblem; }

private:
    void send(QNetworkReply* reply, Callback done);

    QUrl m_baseUrl;
    QNetworkAccessManager* m_network;
    QSslConfiguration m_tls;
    QString m_tlsProblem;
    QByteArray m_token;
    int m_requestsSent = 0;
    int m_timeoutMs = 10000;
};

} // namespace kiroku::kiosk::net
