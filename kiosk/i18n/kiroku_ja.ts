<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>kiroku::kiosk::net::ApiClient</name>
    <message>
        <source>The CA certificate file %1 could not be read.</source>
        <translation>CA 証明書ファイル %1 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::HomeScreen</name>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::LoginScreen</name>
    <message>
        <source>Staff login</source>
        <translation>スタッフログイン</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>スタッフ ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Scan your badge or type your ID</source>
        <translation>社員証をスキャンするか ID を入力してください</translation>
    </message>
    <message>
        <source>Enter your staff ID and password.</source>
        <translation>スタッフ ID とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network, then try again.</source>
        <translation>サーバーに接続できません。ネットワークを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The staff ID or password is wrong.</source>
        <translation>スタッフ ID またはパスワードが違います。</translation>
    </message>
    <message>
        <source>This account is locked after repeated failures. Ask a manager.</source>
        <translation>失敗が続いたため、このアカウントはロックされています。店長に連絡してください。</translation>
    </message>
    <message>
        <source>Login failed (%1). Ask a manager.</source>
        <translation>ログインできませんでした（%1）。店長に連絡してください。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::MainWindow</name>
    <message>
        <source>Kiroku check-in</source>
        <translation>記録 受付</translation>
    </message>
    <message>
        <source>Server ready (%1)</source>
        <translation>サーバー準備完了（%1）</translation>
    </message>
    <message>
        <source>Server reachable but not ready (%1)</source>
        <translation>サーバーに接続できますが、準備ができていません（%1）</translation>
    </message>
    <message>
        <source>Server unreachable (%1)</source>
        <translation>サーバーに接続できません（%1）</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>サーバーを確認中…</translation>
    </message>
</context>
</TS>
