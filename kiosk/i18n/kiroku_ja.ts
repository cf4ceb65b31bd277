<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Booths</name>
    <message>
        <location filename="../src/core/Booth.cpp" line="52"/>
        <source>The server&apos;s booth list could not be read.</source>
        <translation>サーバーのブース一覧を読み取れません。</translation>
    </message>
    <message>
        <location filename="../src/core/Booth.cpp" line="66"/>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <location filename="../src/core/Booth.cpp" line="69"/>
        <source>In use</source>
        <translation>利用中</translation>
    </message>
    <message>
        <location filename="../src/core/Booth.cpp" line="72"/>
        <source>Cleaning</source>
        <translation>清掃中</translation>
    </message>
    <message>
        <location filename="../src/core/Booth.cpp" line="75"/>
        <source>Out of service</source>
        <translation>使用停止</translation>
    </message>
</context>
<context>
    <name>CardInput</name>
    <message>
        <location filename="../src/core/CardInput.cpp" line="34"/>
        <source>This looks like a My Number (12 digits), not a member card. It was discarded: scan the member card.</source>
        <translation>会員証ではなくマイナンバー（12 桁）のようです。読み取った内容は破棄しました。会員証を読み取ってください。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="38"/>
        <source>Nothing was scanned.</source>
        <translation>何も読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="41"/>
        <source>This code is too long for a member card.</source>
        <translation>会員証のコードとしては長すぎます。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="44"/>
        <source>This is not a member card code.</source>
        <translation>会員証のコードではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="58"/>
        <source>The check digit of the document number does not match. Scan again, or compare the document number characters with the document.</source>
        <translation>旅券番号のチェックディジットが一致しません。もう一度読み取るか、番号の文字を書類と見比べてください。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="62"/>
        <source>The check digit of the date of birth does not match. Scan again, or compare the date of birth characters with the document.</source>
        <translation>生年月日のチェックディジットが一致しません。もう一度読み取るか、生年月日の文字を書類と見比べてください。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="66"/>
        <source>The check digit of the expiry date does not match. Scan again, or compare the expiry date characters with the document.</source>
        <translation>有効期限のチェックディジットが一致しません。もう一度読み取るか、有効期限の文字を書類と見比べてください。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="70"/>
        <source>The check digit of the personal number (optional data) does not match. Scan again.</source>
        <translation>個人番号欄（任意データ）のチェックディジットが一致しません。もう一度読み取ってください。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="74"/>
        <source>The final (composite) check digit does not match. Scan again, or compare the whole second line with the document.</source>
        <translation>最後の総合チェックディジットが一致しません。もう一度読み取るか、2 行目全体を書類と見比べてください。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="78"/>
        <source>The MRZ holds a character other than A–Z, 0–9 and &apos;&lt;&apos;.</source>
        <translation>MRZ に A–Z、0–9、&apos;&lt;&apos; 以外の文字があります。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="81"/>
        <source>This is not a complete MRZ: a passport has 2 lines of 44 characters, an ID card 3 lines of 30.</source>
        <translation>MRZ が不完全です。旅券は 44 文字 × 2 行、ID カードは 30 文字 × 3 行です。</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="85"/>
        <source>A field of the MRZ is not valid (date or sex).</source>
        <translation>MRZ の項目（日付または性別）が正しくありません。</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="74"/>
        <source>Driver&apos;s license</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="77"/>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="80"/>
        <source>Passport</source>
        <translation>旅券（パスポート）</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="83"/>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="86"/>
        <source>Special permanent resident certificate</source>
        <translation>特別永住者証明書</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="89"/>
        <source>Health insurance card</source>
        <translation>健康保険証</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="92"/>
        <source>Qualification certificate (health insurance)</source>
        <translation>資格確認書</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="95"/>
        <source>Driving history certificate</source>
        <translation>運転経歴証明書</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="98"/>
        <source>Basic resident register card</source>
        <translation>住基カード</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="101"/>
        <source>Copy of the resident record</source>
        <translation>住民票の写し</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="104"/>
        <source>Family register copy</source>
        <translation>戸籍謄本・抄本</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="107"/>
        <source>Student ID</source>
        <translation>学生証</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="110"/>
        <source>Other government-issued document</source>
        <translation>その他の官公庁発行書類</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="122"/>
        <source>Tax receipt</source>
        <translation>税の領収証書</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="125"/>
        <source>Social insurance receipt</source>
        <translation>社会保険料の領収証書</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="128"/>
        <source>Utility bill receipt (electricity, gas, water)</source>
        <translation>公共料金の領収証書（電気・ガス・水道）</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="131"/>
        <source>Other public receipt</source>
        <translation>その他の公的な領収証書</translation>
    </message>
</context>
<context>
    <name>IdentityDraft</name>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="85"/>
        <source>Choose the kind of document.</source>
        <translation>書類の種類を選んでください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="93"/>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="98"/>
        <source>Too long (at most %1 characters).</source>
        <translation>長すぎます（%1 文字まで）。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="100"/>
        <source>Contains characters that cannot be recorded.</source>
        <translation>記録できない文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="104"/>
        <source>A 12-digit number cannot be entered for a My Number card: the individual number is never recorded.</source>
        <translation>マイナンバーカードでは 12 桁の数字を入力できません。個人番号は記録しません。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="112"/>
        <source>Enter the date of birth (YYYY-MM-DD).</source>
        <translation>生年月日を入力してください（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="114"/>
        <source>This date of birth is not possible.</source>
        <translation>この生年月日はありえません。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="121"/>
        <source>Enter the document number.</source>
        <translation>書類の番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="124"/>
        <source>This is not a document number.</source>
        <translation>書類の番号として正しくありません。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="127"/>
        <source>A driver&apos;s license number has 12 digits.</source>
        <translation>運転免許証の番号は 12 桁です。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="130"/>
        <source>A residence card number is 2 letters, 8 digits and 2 letters.</source>
        <translation>在留カードの番号は英字 2 文字・数字 8 桁・英字 2 文字です。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="133"/>
        <source>A passport number has at most 9 letters and digits.</source>
        <translation>旅券番号は英数字 9 文字以内です。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="135"/>
        <source>Use letters and digits only.</source>
        <translation>英字と数字だけを使ってください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="143"/>
        <source>Enter the nationality as on the passport (e.g. JPN).</source>
        <translation>旅券に記載の国籍コードを入力してください（例: JPN）。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="149"/>
        <source>Enter the date of issue: this document counts only when issued within the last 6 months.</source>
        <translation>発行日を入力してください。この書類は発行から 6 か月以内のものに限ります。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="153"/>
        <source>Enter the expiry date.</source>
        <translation>有効期限を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="154"/>
        <source>Enter the expiry date, or the date of issue if it has none.</source>
        <translation>有効期限を入力してください。期限がない場合は発行日を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="157"/>
        <source>The date of issue is in the future.</source>
        <translation>発行日が未来の日付です。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="163"/>
        <source>Passports issued since 4 February 2020, and foreign passports, show no address: add an address proof.</source>
        <translation>2020 年 2 月 4 日以降に発行された旅券と外国の旅券には住所欄がありません。住所を確認できる領収証書を追加してください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="168"/>
        <source>Choose the receipt that shows the current address.</source>
        <translation>現住所が記載された領収証書の種類を選んでください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="171"/>
        <source>Enter the date on the receipt.</source>
        <translation>領収証書の日付を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="173"/>
        <source>The receipt&apos;s date is in the future.</source>
        <translation>領収証書の日付が未来の日付です。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="175"/>
        <source>The receipt must be dated within the last 6 months.</source>
        <translation>領収証書は 6 か月以内の日付のものに限ります。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="179"/>
        <source>Confirm that you checked the original document and that the entries match it.</source>
        <translation>原本を確認し、入力内容が書類と一致していることを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="193"/>
        <source>The document expired on %1. An expired document cannot be accepted.</source>
        <translation>この書類は %1 に有効期限が切れています。期限切れの書類は受け付けられません。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="197"/>
        <source>The document was issued on %1, more than 6 months ago. It cannot be accepted.</source>
        <translation>この書類の発行日は %1 で、6 か月以上前です。受け付けられません。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="203"/>
        <source>The document does not show the current address. The address comes from the %1 dated %2: check that it shows this name and address.</source>
        <translation>この書類には現住所の記載がありません。住所は %2 付の%1で確認します。氏名と住所が記載されていることを確かめてください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="209"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="213"/>
        <source>The customer is %1, a minor. Minors may not be admitted during night hours (%2), and it is night hours now: refuse the check-in.</source>
        <translation>お客様は %1 歳の青少年です。深夜時間帯（%2）は入店できず、現在は深夜時間帯です。チェックインをお断りしてください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="220"/>
        <source>The customer is %1, a minor, and must leave by %2 (no minors during night hours, %3).</source>
        <translation>お客様は %1 歳の青少年のため、%2 までに退店が必要です（深夜時間帯 %3 は利用不可）。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="229"/>
        <source>The license number&apos;s check digit does not match. Compare the number with the card once more.</source>
        <translation>免許証番号のチェックディジットが一致しません。番号をもう一度カードと見比べてください。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="235"/>
        <source>Typed by staff from the document (not read from a chip or MRZ).</source>
        <translation>スタッフが書類を見て入力しました（IC チップ・MRZ からの読み取りではありません）。</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="102"/>
        <source>Replace each 〓 with the character printed on the card.</source>
        <translation>〓 をカードに印字された文字に置き換えてください。</translation>
    </message>
</context>
<context>
    <name>MemberCardPrinter</name>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="25"/>
        <source>No printer is set up on this kiosk.</source>
        <translation>この端末にはプリンターが設定されていません。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="28"/>
        <source>There is no member card to print.</source>
        <translation>印刷する会員証がありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="38"/>
        <source>The PDF file %1 cannot be written.</source>
        <translation>PDF ファイル %1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="44"/>
        <source>The printer %1 is not available.</source>
        <translation>プリンター %1 を使用できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="54"/>
        <source>The printer cannot print now.</source>
        <translation>プリンターは現在印刷できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="68"/>
        <source>Member card</source>
        <translation>会員証</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="81"/>
        <source>The member card&apos;s code cannot be drawn.</source>
        <translation>会員証のコードを描画できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="96"/>
        <source>If the code cannot be scanned, type:</source>
        <translation>コードを読み取れないときは次を入力:</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="103"/>
        <source>Lending this card to someone else, or using another person&apos;s card, is an offence.</source>
        <translation>この会員証の貸し借りや他人の会員証の使用は違法です。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="105"/>
        <source>The printer stopped while printing.</source>
        <translation>印刷中にプリンターが停止しました。</translation>
    </message>
</context>
<context>
    <name>PoliceAnswerPdf</name>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="187"/>
        <source>the signature does not match the document</source>
        <translation>署名が文書と一致しません</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="189"/>
        <source>the signature algorithm is %1, not Ed25519</source>
        <translation>署名方式が Ed25519 ではなく %1 です</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="191"/>
        <source>the public key is not an Ed25519 key</source>
        <translation>公開鍵が Ed25519 の鍵ではありません</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="193"/>
        <source>The answer&apos;s signature does not verify (%1): it may have been altered, so it is not printed. Fetch it again from the server; if this persists, report it.</source>
        <translation>回答の署名を検証できません（%1）。改ざんされたおそれがあるため印刷しません。サーバーから取得し直してください。解消しない場合は報告してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="199"/>
        <source>The answer is signed with a key this kiosk does not trust (fingerprint %1; police/signing_key_fingerprints): it is not printed. Report this.</source>
        <translation>回答はこのキオスクが信頼していない鍵で署名されています（フィンガープリント %1、police/signing_key_fingerprints）。印刷しません。報告してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="207"/>
        <source>The signed answer cannot be read (%1).</source>
        <translation>署名付きの回答を読み取れません（%1）。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="211"/>
        <source>The answer&apos;s number %1 differs from the signed document&apos;s number %2.</source>
        <translation>回答番号 %1 が署名済み文書の番号 %2 と一致しません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="219"/>
        <source>(open)</source>
        <translation>（継続中）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="237"/>
        <source>Answer to a police inquiry</source>
        <translation>捜査関係事項照会等への回答書</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="238"/>
        <source>Answer number</source>
        <translation>回答番号</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="239"/>
        <source>Store</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="239"/>
        <source>%1 (code %2)</source>
        <translation>%1（コード %2）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="240"/>
        <source>Answered at</source>
        <translation>回答日時</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="240"/>
        <source>Answered by</source>
        <translation>回答者</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="227"/>
        <source>staff #%1</source>
        <translation>従業員 #%1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="227"/>
        <source>%1 (staff #%2)</source>
        <translation>%1（従業員 #%2）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="241"/>
        <source>Records as of</source>
        <translation>記録の時点</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="243"/>
        <source>The request</source>
        <translation>照会の内容</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="246"/>
        <source>court: %1</source>
        <translation>裁判所: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="249"/>
        <source>valid until %1</source>
        <translation>有効期間 %1 まで</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="251"/>
        <source>Request id</source>
        <translation>照会ID</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="251"/>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="252"/>
        <source>How it arrived</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="252"/>
        <source>Agency</source>
        <translation>照会機関</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="253"/>
        <source>Officer</source>
        <translation>担当官</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="253"/>
        <source>%1 (badge %2, contact %3)</source>
        <translation>%1（識別番号 %2、連絡先 %3）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="254"/>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="255"/>
        <source>Document</source>
        <translation>照会文書</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="255"/>
        <source>%1 dated %2</source>
        <translation>%1（%2 付）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="256"/>
        <source>Scope</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="256"/>
        <source>%1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="257"/>
        <source>Question</source>
        <translation>照会事項</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="263"/>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="264"/>
        <source>Approved at</source>
        <translation>承認日時</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="265"/>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="268"/>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="270"/>
        <source>Review</source>
        <translation>事後確認</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="268"/>
        <source>Approved by one manager in an emergency: flagged for review afterwards</source>
        <translation>緊急のため店長1名で承認: 事後確認の対象</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="270"/>
        <source>Two-person rule applied; no review required</source>
        <translation>2名承認済み。事後確認は不要</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="273"/>
        <source>Audit chain head before this answer</source>
        <translation>回答直前の監査チェーンの先頭</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="274"/>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="274"/>
        <source>Length</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="276"/>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="279"/>
        <source>Records disclosed: %1</source>
        <translation>回答する記録: %1 件</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="281"/>
        <source>No record matched the question within the scope.</source>
        <translation>対象期間内に照会事項に該当する記録はありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="285"/>
        <source>Record %1</source>
        <translation>記録 %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="288"/>
        <source>no. %1</source>
        <translation>番号 %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="291"/>
        <source>issued by %1</source>
        <translation>発行者 %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="293"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="293"/>
        <source>Name (kana)</source>
        <translation>氏名（カナ）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="293"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="294"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="294"/>
        <source>Identity document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="295"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="296"/>
        <source>Verified</source>
        <translation>確認日時・方法</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="297"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="298"/>
        <source>Identity record id</source>
        <translation>本人確認記録ID</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <source>Visit</source>
        <translation>利用</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <source>Booth</source>
        <translation>ブース</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="328"/>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="327"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="328"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="303"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="310"/>
        <source>NAT mappings of the public address and port</source>
        <translation>グローバルIPアドレス・ポートの NAT 変換記録</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="312"/>
        <source>The gateway&apos;s NAT log has no such mapping.</source>
        <translation>ゲートウェイの NAT ログに該当する変換記録はありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="324"/>
        <source>Mapping %1</source>
        <translation>変換記録 %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="325"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="326"/>
        <source>Private address</source>
        <translation>プライベートアドレス</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="327"/>
        <source>Public address</source>
        <translation>グローバルアドレス</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="316"/>
        <source>not in the log</source>
        <translation>ログになし</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="318"/>
        <source>(estimated)</source>
        <translation>（推定）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="320"/>
        <source>none known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="335"/>
        <source>SHA-256 of the signed document</source>
        <translation>署名対象文書の SHA-256</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="337"/>
        <source>Signature (Ed25519, base64)</source>
        <translation>署名（Ed25519、base64）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="339"/>
        <source>Signing key fingerprint (SHA-256 of the public key, DER)</source>
        <translation>署名鍵のフィンガープリント（公開鍵 DER の SHA-256）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="341"/>
        <source>This PDF is a reading of the answer. The authoritative copy is the JSON file %1.json with its detached Ed25519 signature %1.sig, verified against the store&apos;s public key %1.pub.pem with: openssl pkeyutl -verify -pubin -inkey %1.pub.pem -rawin -in %1.json -sigfile %1.sig</source>
        <translation>この PDF は回答を読みやすく印刷したものです。正本は JSON ファイル %1.json と分離署名 %1.sig（Ed25519）で、店舗の公開鍵 %1.pub.pem により次のコマンドで検証できます: openssl pkeyutl -verify -pubin -inkey %1.pub.pem -rawin -in %1.json -sigfile %1.sig</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="355"/>
        <source>The file %1 cannot be written.</source>
        <translation>ファイル %1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="363"/>
        <source>Answer %1 — SHA-256 %2</source>
        <translation>回答 %1 — SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="374"/>
        <source>The PDF could not be written.</source>
        <translation>PDF を書き出せませんでした。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="387"/>
        <source>The signed document cannot be saved next to %1.</source>
        <translation>署名済み文書を %1 と同じ場所に保存できません。</translation>
    </message>
</context>
<context>
    <name>PoliceTerms</name>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="79"/>
        <source>Report requested under the ordinance</source>
        <translation>条例に基づく報告の求め</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="82"/>
        <source>On-site inspection under the ordinance</source>
        <translation>条例に基づく立入検査</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="85"/>
        <source>Inquiry for investigation (Code of Criminal Procedure art. 197(2))</source>
        <translation>捜査関係事項照会（刑事訴訟法第197条第2項）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="88"/>
        <source>Warrant</source>
        <translation>令状（差押許可状等）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="91"/>
        <source>Emergency to protect life</source>
        <translation>生命保護のための緊急照会</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="98"/>
        <source>Who used a booth or terminal</source>
        <translation>ブース・端末の利用者</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="101"/>
        <source>Visits of a person</source>
        <translation>特定の人物の利用状況</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="104"/>
        <source>Who used a public IP address and port</source>
        <translation>グローバルIPアドレス・ポートの利用者</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="111"/>
        <source>Awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="114"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="117"/>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="120"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="123"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="130"/>
        <source>Paper request entered at the kiosk</source>
        <translation>書面による照会（キオスクで入力）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="133"/>
        <source>Submitted by police over the API</source>
        <translation>警察から API で受付</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="140"/>
        <source>IC chip read</source>
        <translation>ICチップ読取</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="143"/>
        <source>Machine-readable zone read</source>
        <translation>MRZ読取</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="146"/>
        <source>Checked by sight</source>
        <translation>目視確認</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="153"/>
        <source>address from the terminal&apos;s report</source>
        <translation>端末の通知によるアドレス</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="156"/>
        <source>configured address</source>
        <translation>設定されたアドレス</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="163"/>
        <source>Booth</source>
        <translation>ブース</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="164"/>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="165"/>
        <source>At</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="166"/>
        <source>Public IP address</source>
        <translation>グローバルIPアドレス</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="167"/>
        <source>Source port</source>
        <translation>送信元ポート</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="168"/>
        <source>Tolerance (seconds)</source>
        <translation>許容誤差（秒）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="169"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="170"/>
        <source>Name (kana)</source>
        <translation>氏名（カナ）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="171"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="172"/>
        <source>Document kind</source>
        <translation>書類の種類</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="173"/>
        <source>Document number</source>
        <translation>書類の番号</translation>
    </message>
</context>
<context>
    <name>RetentionReportDocument</name>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="40"/>
        <source>Made from audit chain head %1 (length %2).</source>
        <translation>監査チェーン先頭 %1（長さ %2）から作成。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="45"/>
        <source>Identity records</source>
        <translation>本人確認記録</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="45"/>
        <source>Visits</source>
        <translation>利用</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="45"/>
        <source>Booth/terminal segments</source>
        <translation>ブース・端末の利用区間</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="45"/>
        <source>Terminal events</source>
        <translation>端末イベント</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="48"/>
        <source>Retention audit</source>
        <translation>保存状況の監査</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="50"/>
        <source>Store: %1 (%2)</source>
        <translation>店舗: %1（%2）</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="51"/>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="54"/>
        <source>Audit chain</source>
        <translation>監査チェーン</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="56"/>
        <source>Intact: %1 entries, head %2.</source>
        <translation>正常: %1 件、先頭 %2。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="59"/>
        <source>BROKEN at entry %1 of %2: the records after it cannot be trusted.</source>
        <translation>%2 件中 %1 件目で破損: それ以降の記録は信頼できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="62"/>
        <source>BROKEN: the records cannot be trusted.</source>
        <translation>破損: 記録は信頼できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="66"/>
        <source>Latest checkpoint: %1 entries, head %2, made %3.</source>
        <translation>最新のチェックポイント: %1 件、先頭 %2、%3 作成。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="72"/>
        <source>Gaps against the ordinance</source>
        <translation>条例に対する不備</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="73"/>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="73"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="75"/>
        <source>Visits without an identity record</source>
        <translation>本人確認記録のない利用</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="76"/>
        <source>Booth segments without a terminal</source>
        <translation>端末のないブース利用区間</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="77"/>
        <source>Identity records missing a required item</source>
        <translation>必要事項が欠けた本人確認記録</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="78"/>
        <source>Records missing the supplementary address proof</source>
        <translation>補助書類（住所の確認書類）が欠けた記録</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="87"/>
        <source>Records held, by month their retention ends</source>
        <translation>保存中の記録（保存期間が終わる月別）</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="88"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="94"/>
        <source>Due in the next 30 days</source>
        <translation>今後 30 日で期限</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="99"/>
        <source>Legal holds</source>
        <translation>保全（削除保留）</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="101"/>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="115"/>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Hold</source>
        <translation>保全</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Until</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Released</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Police request</source>
        <translation>警察からの照会</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Records</source>
        <translation>記録数</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="107"/>
        <source>in force</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="113"/>
        <source>Purges</source>
        <translation>削除の実行</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="117"/>
        <source>Ran at</source>
        <translation>実行日時</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="117"/>
        <source>Cutoff</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="117"/>
        <source>Rows purged</source>
        <translation>削除件数</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="117"/>
        <source>Keys destroyed</source>
        <translation>破棄した鍵</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="118"/>
        <source>Holds respected</source>
        <translation>保全を遵守</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="118"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="126"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="126"/>
        <source>NO</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="126"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="132"/>
        <source>Access to personal data</source>
        <translation>個人情報へのアクセス</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="133"/>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="133"/>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="133"/>
        <source>Reads</source>
        <translation>閲覧回数</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="138"/>
        <source>Disclosure basis</source>
        <translation>提供の根拠</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="138"/>
        <source>Disclosures</source>
        <translation>提供件数</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="150"/>
        <source>The file %1 cannot be written.</source>
        <translation>ファイル %1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="158"/>
        <source>Retention audit %1 %2 — audit chain head %3 (length %4)</source>
        <translation>保存状況の監査 %1 %2 — 監査チェーン先頭 %3（長さ %4）</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="171"/>
        <source>The PDF could not be written.</source>
        <translation>PDF を書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::core::ChipReader</name>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="192"/>
        <source>The card reader service (pcscd) is not running.</source>
        <translation>カードリーダーのサービス（pcscd）が動いていません。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="195"/>
        <source>No card reader is connected.</source>
        <translation>カードリーダーが接続されていません。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="198"/>
        <source>No card was placed on the reader.</source>
        <translation>カードがリーダーに置かれていません。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="200"/>
        <source>The card was taken away while it was read. Place it again.</source>
        <translation>読み取り中にカードが離れました。もう一度置いてください。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="202"/>
        <source>Another program is using the card reader.</source>
        <translation>別のプログラムがカードリーダーを使っています。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="204"/>
        <source>Reading was cancelled.</source>
        <translation>読み取りを中止しました。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="206"/>
        <source>This card is not the document chosen, or its chip cannot be read.</source>
        <translation>選んだ書類のカードではないか、IC チップを読み取れません。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="208"/>
        <source>Wrong PIN. %1 tries left: a blocked card can only be unblocked by the issuer.</source>
        <translation>暗証番号が違います。残り %1 回です。ロックされたカードは発行元でしか解除できません。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="211"/>
        <source>The card&apos;s PIN is blocked. Type the details from the card instead.</source>
        <translation>カードの暗証番号はロックされています。カードを見て内容を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="213"/>
        <source>Only one try is left: staff must confirm before the PIN is sent.</source>
        <translation>残り 1 回です。暗証番号を送る前にスタッフの確認が必要です。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="215"/>
        <source>The PIN has 4 digits.</source>
        <translation>暗証番号は 4 桁です。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="217"/>
        <source>The card could not be read (%1). Type the details from the card instead.</source>
        <translation>カードを読み取れませんでした（%1）。カードを見て内容を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="250"/>
        <source>Place the card on the reader.</source>
        <translation>カードをリーダーに置いてください。</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="321"/>
        <source>Reading the card…</source>
        <translation>カードを読み取っています…</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::core::MrzScanner</name>
    <message>
        <location filename="../src/core/MrzScanner.cpp" line="14"/>
        <source>The passport reader on %1 is ready.</source>
        <translation>%1 のパスポートリーダーは使用できます。</translation>
    </message>
    <message>
        <location filename="../src/core/MrzScanner.cpp" line="16"/>
        <source>The passport reader on %1 does not work (%2). Type the MRZ instead; the kiosk keeps trying.</source>
        <translation>%1 のパスポートリーダーが動作しません（%2）。MRZ を入力してください。端末は再接続を試み続けます。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::net::ApiClient</name>
    <message>
        <location filename="../src/net/ApiClient.cpp" line="20"/>
        <source>The CA certificate file %1 could not be read.</source>
        <translation>CA 証明書ファイル %1 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::net::CounterService</name>
    <message>
        <location filename="../src/net/CounterService.cpp" line="78"/>
        <source>The server cannot be reached, and this kiosk has no offline journal.</source>
        <translation>サーバーに接続できず、この端末にはオフライン記録もありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::BoothTile</name>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="42"/>
        <source>%1 · terminal %2</source>
        <translation>%1 · 端末 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="45"/>
        <source>In use · %1</source>
        <translation>利用中 · %1</translation>
    </message>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="48"/>
        <source>MINOR · leave by %1</source>
        <translation>青少年 · %1 までに退店</translation>
    </message>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="49"/>
        <source>MINOR</source>
        <translation>青少年</translation>
    </message>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="52"/>
        <source>not yet sent</source>
        <translation>未送信</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::CheckInWizard</name>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="221"/>
        <source>Choose a free booth.</source>
        <translation>空いているブースを選んでください。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="242"/>
        <source>Recording…</source>
        <translation>記録しています…</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="264"/>
        <source>Recorded offline</source>
        <translation>オフラインで記録しました</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="266"/>
        <source>The server cannot be reached. The check-in to %1 is kept, encrypted, in this kiosk&apos;s journal and sent as soon as the server is back. The customer may go to the booth.</source>
        <translation>サーバーに接続できません。%1 へのチェックインはこの端末の記録に暗号化して保存し、サーバーが復旧ししだい送信します。お客様はブースへご案内できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="270"/>
        <source>A member card can only be issued while the server is reachable.</source>
        <translation>会員証はサーバーに接続できるときにだけ発行できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="279"/>
        <source>The server refused the record: see the field marked in red.</source>
        <translation>サーバーが記録を受け付けませんでした。赤で示した項目を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="280"/>
        <source>The server refused the record: %1</source>
        <translation>サーバーが記録を受け付けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="284"/>
        <source>The check-in was refused (%1).</source>
        <translation>チェックインが受け付けられませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="289"/>
        <source>Not recorded</source>
        <translation>記録されていません</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="306"/>
        <source>Booth %1 from %2</source>
        <translation>ブース %1、%2 から</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="308"/>
        <source>Booth %1, terminal %2, from %3</source>
        <translation>ブース %1、端末 %2、%3 から</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="313"/>
        <source>Minor: must leave by %1.</source>
        <translation>青少年: %1 までに退店が必要です。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="313"/>
        <source>Minor.</source>
        <translation>青少年です。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="316"/>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="318"/>
        <source>Checked in</source>
        <translation>チェックインしました</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="343"/>
        <source>Issuing the member card…</source>
        <translation>会員証を発行しています…</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="352"/>
        <source>The member card could not be issued: %1</source>
        <translation>会員証を発行できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="359"/>
        <source>Member card: print this code on the card or let the customer photograph it. It is shown only now.</source>
        <translation>会員証: このコードをカードに印刷するか、お客様に撮影していただいてください。表示は今回限りです。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="365"/>
        <source>Member card printed: hand it to the customer. The code is shown only now.</source>
        <translation>会員証を印刷しました。お客様にお渡しください。コードは今だけ表示されます。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="366"/>
        <source>The member card was not printed: %1 Let the customer photograph the code; it is shown only now.</source>
        <translation>会員証を印刷できませんでした: %1 お客様にコードを撮影していただいてください。コードは今だけ表示されます。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="380"/>
        <source>Which document does the customer show?</source>
        <translation>お客様が提示した本人確認書類はどれですか？</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="385"/>
        <source>Cancel check-in</source>
        <translation>チェックインを中止</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="386"/>
        <source>Please read (customer)</source>
        <translation>お客様へのお願い</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="388"/>
        <source>• Giving a false name, address or date of birth, or using someone else&apos;s identity document or member card, is an offence punishable by a fine of up to ¥200,000.

• Do not type passwords or credit card numbers on this shared computer.

• When you leave, log out and clear the browser history.</source>
        <translation>• 偽りの氏名・住所・生年月日を告げること、他人の本人確認書類や会員証を使うことは違法で、20 万円以下の罰金の対象となります。

• この共用パソコンでパスワードやクレジットカード番号を入力しないでください。

• ご利用後はログアウトし、閲覧履歴を消去してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="392"/>
        <location filename="../src/ui/CheckInWizard.cpp" line="396"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="393"/>
        <source>The customer has read this</source>
        <translation>お客様が確認しました</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="394"/>
        <source>Choose the booth</source>
        <translation>ブースを選ぶ</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="395"/>
        <source>Issue a member card</source>
        <translation>会員証を発行する</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="397"/>
        <source>Check in</source>
        <translation>チェックイン</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="398"/>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="399"/>
        <source>Back to the booth map</source>
        <translation>ブース一覧に戻る</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="331"/>
        <source>the customer is a minor: no stay during night hours, and the terminal&apos;s filtering applies.</source>
        <translation>お客様は青少年です。深夜時間帯は利用できず、端末のフィルタリングが適用されます。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="334"/>
        <source>the license number&apos;s check digit does not match: compare the number with the card.</source>
        <translation>免許証番号のチェックディジットが一致しません。番号をカードと見比べてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="337"/>
        <source>the address was declared by the customer; it is not shown on the document.</source>
        <translation>住所はお客様の申告によるもので、書類には記載されていません。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::ChipReadPanel</name>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="76"/>
        <source>The chip was read. Check the details below.</source>
        <translation>IC チップを読み取りました。下の内容を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="105"/>
        <source>Place the card on the reader.</source>
        <translation>カードをリーダーに置いてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="116"/>
        <source>Customer: type your 4-digit PIN. Only 1 try is left: after a wrong PIN the card is blocked until the issuer unblocks it.</source>
        <translation>お客様: 4 桁の暗証番号を入力してください。残り 1 回です。間違えるとカードがロックされ、発行元でしか解除できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="118"/>
        <source>Customer: type your 4-digit PIN (%1 tries left).</source>
        <translation>お客様: 4 桁の暗証番号を入力してください（残り %1 回）。</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="126"/>
        <source>Only 1 try is left: tick the confirmation first, or type the details instead.</source>
        <translation>残り 1 回です。先に確認欄にチェックを入れるか、内容を手入力してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="161"/>
        <source>Read the IC chip: place the card on the reader, then the customer types the PIN.</source>
        <translation>IC チップの読み取り: カードをリーダーに置き、お客様に暗証番号を入力していただきます。</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="162"/>
        <source>No card reader is set up on this kiosk: type the details from the card below.</source>
        <translation>この端末にはカードリーダーが設定されていません。カードを見て下の欄に入力してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="163"/>
        <source>Read the IC chip</source>
        <translation>IC チップを読み取る</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="164"/>
        <source>Send PIN</source>
        <translation>暗証番号を送る</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="165"/>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="166"/>
        <source>Staff: the customer is sure of the PIN; use the last try</source>
        <translation>スタッフ確認: お客様は暗証番号に確信があり、最後の 1 回を使う</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::HomeScreen</name>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="421"/>
        <source>%1 (%2) at %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="428"/>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="216"/>
        <source>Booths could not be updated: shown as of %1.</source>
        <translation>ブースを更新できません。%1 時点の状態を表示しています。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="217"/>
        <source>The booth list could not be loaded from the server.</source>
        <translation>サーバーからブース一覧を読み込めません。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="219"/>
        <source>Updated %1</source>
        <translation>%1 更新</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="250"/>
        <source>Tap a booth</source>
        <translation>ブースを選んでください</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="256"/>
        <source>%1 · terminal %2</source>
        <translation>%1 · 端末 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="260"/>
        <source>In since %1 (%2)</source>
        <translation>%1 から利用中（%2）</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="265"/>
        <source>Minor: must leave at %1</source>
        <translation>青少年: %1 に退店</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="266"/>
        <source>Minor</source>
        <translation>青少年</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="269"/>
        <source>Recorded offline; not yet sent to the server.</source>
        <translation>オフラインで記録済み。サーバーには未送信です。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="283"/>
        <source>Check out %1? In since %2, now %3 (%4).</source>
        <translation>%1 をチェックアウトしますか？ %2 から利用、現在 %3（%4）。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="286"/>
        <location filename="../src/ui/HomeScreen.cpp" line="431"/>
        <location filename="../src/ui/HomeScreen.cpp" line="438"/>
        <source>Check out</source>
        <translation>チェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="314"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2（%3）</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="317"/>
        <source>%1 checked out: %2.</source>
        <translation>%1 をチェックアウトしました: %2。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="318"/>
        <source>%1 check-out recorded offline: %2. It is sent when the server is back.</source>
        <translation>%1 のチェックアウトをオフラインで記録しました: %2。サーバーの復旧後に送信します。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="322"/>
        <source>Check-out refused: %1</source>
        <translation>チェックアウトが受け付けられませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="324"/>
        <source>Check-out not recorded: %1 Try again.</source>
        <translation>チェックアウトを記録できませんでした: %1 もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="348"/>
        <source>Move %1 (in since %2): tap the free booth to move to.</source>
        <translation>%1（%2 から利用中）を移動します。移動先の空きブースを選んでください。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="356"/>
        <source>%1 is not free. Tap a free (green) booth.</source>
        <translation>%1 は空いていません。空き（緑）のブースを選んでください。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="371"/>
        <source>Moved from %1 to %2 at %3 (in since %4).</source>
        <translation>%3 に %1 から %2 へ移動しました（%4 から利用中）。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="372"/>
        <source>Move from %1 to %2 at %3 recorded offline; it is sent when the server is back.</source>
        <translation>%3 の %1 から %2 への移動をオフラインで記録しました。サーバーの復旧後に送信します。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="378"/>
        <source>Move refused: %1</source>
        <translation>移動が受け付けられませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="380"/>
        <source>Move not recorded: %1 Try again.</source>
        <translation>移動を記録できませんでした: %1 もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="397"/>
        <source>%1 is now: %2</source>
        <translation>%1 は現在: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="400"/>
        <source>Changing a booth&apos;s status needs the server, which cannot be reached now.</source>
        <translation>ブースの状態の変更にはサーバーが必要ですが、現在接続できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="402"/>
        <source>Status not changed: %1</source>
        <translation>状態を変更できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="425"/>
        <source>New customer</source>
        <translation>新規のお客様</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="426"/>
        <source>Member card</source>
        <translation>会員証</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="427"/>
        <source>Manager</source>
        <translation>店長メニュー</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="429"/>
        <source>Check in here</source>
        <translation>ここにチェックイン</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="430"/>
        <source>Member here</source>
        <translation>会員をここに</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="432"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="433"/>
        <source>Cleaning</source>
        <translation>清掃中にする</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="434"/>
        <source>Free</source>
        <translation>空きにする</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="435"/>
        <source>Out of service</source>
        <translation>使用停止にする</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="436"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="137"/>
        <source>clerk</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="140"/>
        <source>manager</source>
        <translation>店長</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="143"/>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="146"/>
        <source>auditor</source>
        <translation>監査担当</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::IdentityEntryPage</name>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="317"/>
        <source>Not a date: type it as YYYY-MM-DD.</source>
        <translation>日付として読めません。YYYY-MM-DD の形で入力してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="329"/>
        <source>Check the fields marked in red.</source>
        <translation>赤で示した項目を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="346"/>
        <source>MRZ read: all check digits match. Add the address from the address proof.</source>
        <translation>MRZ を読み取りました。チェックディジットはすべて一致しています。住所は領収証書から入力してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="384"/>
        <source>Read the document: %1</source>
        <translation>書類の読み取り: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="388"/>
        <source>Name (as on the document)</source>
        <translation>氏名（書類の記載どおり）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="389"/>
        <source>Name in kana (optional)</source>
        <translation>氏名のカナ（任意）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="390"/>
        <source>Current address</source>
        <translation>現住所</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="391"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>生年月日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="392"/>
        <source>Document number</source>
        <translation>書類の番号</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="393"/>
        <source>Insurer&apos;s name (not the card&apos;s numbers)</source>
        <translation>保険者名称（記号・番号は記録しません）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="394"/>
        <source>Nationality (3 letters, e.g. JPN)</source>
        <translation>国籍（英字 3 文字、例: JPN）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="395"/>
        <source>Valid until (YYYY-MM-DD)</source>
        <translation>有効期限（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="396"/>
        <source>Date of issue (YYYY-MM-DD)</source>
        <translation>発行日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="398"/>
        <source>Address proof (receipt within 6 months)</source>
        <translation>住所確認書類（6 か月以内の領収証書）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="399"/>
        <source>Date on the receipt (YYYY-MM-DD)</source>
        <translation>領収証書の日付（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="401"/>
        <source>The document shows the customer&apos;s current address</source>
        <translation>書類にお客様の現住所が記載されている</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="402"/>
        <source>I have the original document in front of me, the photo matches the customer, and what I typed matches the document.</source>
        <translation>原本を手元で確認し、写真がお客様本人と一致し、入力内容が書類と一致していることを確認しました。</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="407"/>
        <source>Scan the MRZ (the two lines at the bottom of the photo page) with the reader, or type both lines, then press Read MRZ. Or type everything below.</source>
        <translation>顔写真ページ下部の MRZ（2 行）をリーダーで読み取るか、2 行とも入力して「MRZ を読み取る」を押してください。または下の欄にすべて入力してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="409"/>
        <source>Read MRZ</source>
        <translation>MRZ を読み取る</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="410"/>
        <source>Discard the reading and type by hand</source>
        <translation>読み取り結果を破棄して手入力する</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="413"/>
        <source>The individual number (My Number) is never recorded: do not look at or copy the back of the card.</source>
        <translation>個人番号（マイナンバー）は記録しません。カードの裏面を見たり写したりしないでください。</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="414"/>
        <source>The card&apos;s symbol, number and insurer number are never recorded: record the insurer&apos;s name only.</source>
        <translation>記号・番号・保険者番号は記録しません。保険者名称だけを記録してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="415"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="416"/>
        <source>Review</source>
        <translation>確認へ</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="417"/>
        <source>Family name, given name</source>
        <translation>姓 名</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="251"/>
        <source>The chip stores some characters only as images, shown as 〓: type them from the card.</source>
        <translation>IC チップには画像でしか記録されていない文字があり、〓 で表示しています。カードを見て入力してください。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::LoginScreen</name>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="75"/>
        <source>Staff login</source>
        <translation>スタッフログイン</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="76"/>
        <source>Staff ID</source>
        <translation>スタッフ ID</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="77"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="78"/>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="79"/>
        <source>Scan your badge or type your ID</source>
        <translation>社員証をスキャンするか ID を入力してください</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="87"/>
        <source>Enter your staff ID and password.</source>
        <translation>スタッフ ID とパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="92"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="101"/>
        <source>The server cannot be reached. Check the network, then try again.</source>
        <translation>サーバーに接続できません。ネットワークを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="103"/>
        <source>The staff ID or password is wrong.</source>
        <translation>スタッフ ID またはパスワードが違います。</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="105"/>
        <source>This account is locked after repeated failures. Ask a manager.</source>
        <translation>失敗が続いたため、このアカウントはロックされています。店長に連絡してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="107"/>
        <source>Login failed (%1). Ask a manager.</source>
        <translation>ログインできませんでした（%1）。店長に連絡してください。</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="170"/>
        <source>Kiroku check-in</source>
        <translation>記録 受付</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="201"/>
        <source>Server ready (%1)</source>
        <translation>サーバー準備完了（%1）</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="204"/>
        <source>Server reachable but not ready (%1)</source>
        <translation>サーバーに接続できますが、準備ができていません（%1）</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="207"/>
        <source>Server unreachable (%1)</source>
        <translation>サーバーに接続できません（%1）</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="210"/>
        <source>Checking the server…</source>
        <translation>サーバーを確認中…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="184"/>
        <source>Offline, %1 pending</source>
        <translation>オフライン、未送信 %1 件</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="185"/>
        <source>Offline: check-ins cannot be recorded (no journal)</source>
        <translation>オフライン: チェックインを記録できません（オフライン記録なし）</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="187"/>
        <source>%1 pending, sending</source>
        <translation>未送信 %1 件、送信中</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="190"/>
        <source>%1 refused, see Manager</source>
        <translation>受付拒否 %1 件、店長メニューを確認</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::ManagerScreen</name>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="21"/>
        <source>Check-in</source>
        <translation>チェックイン</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="23"/>
        <source>Member check-in</source>
        <translation>会員チェックイン</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="25"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="29"/>
        <source>Check-out</source>
        <translation>チェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="84"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="86"/>
        <source>no booth</source>
        <translation>ブースなし</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="111"/>
        <source>Manager</source>
        <translation>店長メニュー</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="112"/>
        <source>Store: %1 (code %2)
Signed in: %3 (%4)</source>
        <translation>店舗: %1（コード %2）
ログイン中: %3（%4）</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="117"/>
        <source>Available at this kiosk:
• Booth map: check-in, check-out, moves, cleaning and out-of-service marks
• New customer check-in with identity verification, and member cards
• Member check-in by card
• Offline journal: check-ins, moves and check-outs recorded while the server is unreachable, sent when it is back; entries the server refused are listed below</source>
        <translation>この端末で使える機能:
• ブース一覧: チェックイン、チェックアウト、移動、清掃中・使用停止の設定
• 新規のお客様の本人確認とチェックイン、会員証の発行
• 会員証によるチェックイン
• オフライン記録: サーバーに接続できない間のチェックイン・移動・チェックアウトを記録し、復旧後に送信。サーバーが受け付けなかった記録は下に表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="123"/>
        <source>Journal entries the server refused (%1 pending)</source>
        <translation>サーバーが受け付けなかった記録（未送信 %1 件）</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="124"/>
        <source>Discard the selected entry</source>
        <translation>選んだ記録を破棄する</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="125"/>
        <source>Back to the booth map</source>
        <translation>ブース一覧に戻る</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="126"/>
        <source>Retention audit</source>
        <translation>保存状況の監査</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="127"/>
        <source>Police requests</source>
        <translation>警察からの照会</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::MemberCheckInScreen</name>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="130"/>
        <source>Looking up the card…</source>
        <translation>会員証を照会しています…</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="143"/>
        <source>Age %1 — MINOR</source>
        <translation>%1 歳 — 青少年</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="144"/>
        <source>Age %1</source>
        <translation>%1 歳</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="150"/>
        <source>Identity last verified: %1</source>
        <translation>最後の本人確認: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="153"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="155"/>
        <source>Re-verification is due: check the customer in with an identity document (New customer).</source>
        <translation>再確認の時期です。本人確認書類でチェックインしてください（新規のお客様）。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="157"/>
        <source>No re-verification due.</source>
        <translation>再確認は不要です。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="163"/>
        <source>This card is unknown or was revoked. Check the customer in with an identity document.</source>
        <translation>この会員証は登録がないか無効です。本人確認書類でチェックインしてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="167"/>
        <source>The server cannot be reached. This card is known on this kiosk, but name and age cannot be shown offline: compare the customer with the card, and ask for a document if in doubt.</source>
        <translation>サーバーに接続できません。この会員証はこの端末で確認済みですが、オフラインでは氏名と年齢を表示できません。お客様と会員証を照合し、疑わしい場合は本人確認書類を求めてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="172"/>
        <source>The server cannot be reached and this card has not been seen on this kiosk: check the customer in with an identity document.</source>
        <translation>サーバーに接続できず、この会員証はこの端末で確認されたことがありません。本人確認書類でチェックインしてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="176"/>
        <source>The card could not be checked: %1</source>
        <translation>会員証を確認できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="200"/>
        <source>Recording…</source>
        <translation>記録しています…</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="216"/>
        <source>Checked in: booth %1 from %2.</source>
        <translation>チェックインしました: ブース %1、%2 から。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="218"/>
        <source>Checked in: booth %1, terminal %2, from %3.</source>
        <translation>チェックインしました: ブース %1、端末 %2、%3 から。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="223"/>
        <source>Minor: must leave by %1.</source>
        <translation>青少年: %1 までに退店が必要です。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="230"/>
        <source>Check-in to %1 recorded offline; it is sent when the server is back.</source>
        <translation>%1 へのチェックインをオフラインで記録しました。サーバーの復旧後に送信します。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="235"/>
        <source>Refused (%1).</source>
        <translation>受け付けられませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="238"/>
        <source>Not recorded: %1</source>
        <translation>記録されていません: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="252"/>
        <source>Member card</source>
        <translation>会員証</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="253"/>
        <source>Scan the member card</source>
        <translation>会員証を読み取ってください</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="254"/>
        <source>The customer&apos;s face matches the card holder</source>
        <translation>お客様の顔が会員本人と一致する</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="255"/>
        <source>Back to the booth map</source>
        <translation>ブース一覧に戻る</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="256"/>
        <source>Check in</source>
        <translation>チェックイン</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::PoliceDeskScreen</name>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="146"/>
        <source>The server cannot be reached.</source>
        <translation>サーバーに接続できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="149"/>
        <source>Only managers may do this.</source>
        <translation>この操作は店長のみ行えます。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="151"/>
        <source>The server refused (HTTP %1).</source>
        <translation>サーバーが受け付けませんでした（HTTP %1）。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="152"/>
        <source>The server refused: %1</source>
        <translation>サーバーが受け付けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="157"/>
        <source>Loading the police requests…</source>
        <translation>照会の一覧を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="165"/>
        <source>The police requests could not be loaded: %1</source>
        <translation>照会の一覧を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="174"/>
        <source>%n police request(s).</source>
        <translation>
            <numerusform>照会 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="249"/>
        <source>Select a request.</source>
        <translation>照会を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="253"/>
        <source>%1 · %2 · officer %3 (%4) · document %5</source>
        <translation>%1 · %2 · 担当官 %3（%4）· 文書 %5</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="256"/>
        <source>Question: %1 · scope %2 to %3</source>
        <translation>照会事項: %1 · 対象期間 %2 から %3 まで</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="269"/>
        <source>Approved by one manager in an emergency: flagged for review.</source>
        <translation>緊急のため店長1名で承認されました: 事後確認の対象です。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="261"/>
        <source>Entered by %1</source>
        <translation>入力者: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="264"/>
        <source>Approved by %1 at %2</source>
        <translation>%1 が %2 に承認</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="272"/>
        <source>Rejected by %1 at %2: %3</source>
        <translation>%1 が %2 に却下: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="277"/>
        <source>Answered by %1 at %2</source>
        <translation>%1 が %2 に回答</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="282"/>
        <source>You entered this request: another manager must approve it.</source>
        <translation>この照会はあなたが入力しました: 別の店長が承認する必要があります。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="291"/>
        <source>staff #%1</source>
        <translation>従業員 #%1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="291"/>
        <source>%1 (staff #%2)</source>
        <translation>%1（従業員 #%2）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="343"/>
        <source>Answering from the records…</source>
        <translation>記録から回答を作成しています…</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="380"/>
        <source>The answer could not be loaded: %1</source>
        <translation>回答を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="394"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>サーバーの回答を読み取れません（%1）。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="406"/>
        <source>Answer %1: signature verified (signing key %2…).</source>
        <translation>回答 %1: 署名を検証しました（署名鍵 %2…）。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="414"/>
        <source>Open an answered request first.</source>
        <translation>先に回答済みの照会を開いてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="423"/>
        <source>Save the answer as PDF</source>
        <translation>回答を PDF で保存</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="431"/>
        <source>Saved %1 with the signed JSON, its signature and the public key next to it.</source>
        <translation>%1 を保存しました。同じ場所に署名済み JSON、署名、公開鍵も保存しました。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="463"/>
        <source>Police requests</source>
        <translation>警察からの照会</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Number</source>
        <translation>回答番号</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Agency</source>
        <translation>照会機関</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="466"/>
        <source>Reason for rejecting (required)</source>
        <translation>却下の理由（必須）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="467"/>
        <source>Back to the manager area</source>
        <translation>店長メニューに戻る</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="468"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="469"/>
        <source>Enter a paper request</source>
        <translation>書面の照会を入力</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="470"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="471"/>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="472"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="473"/>
        <source>Export PDF</source>
        <translation>PDF を書き出す</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::PoliceRequestForm</name>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="200"/>
        <source>Check the marked field.</source>
        <translation>表示された項目を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="203"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="244"/>
        <source>Enter a paper request from police</source>
        <translation>警察からの書面による照会の入力</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="245"/>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="246"/>
        <source>Question</source>
        <translation>照会事項</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="254"/>
        <source>Agency</source>
        <translation>照会機関</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="255"/>
        <source>Officer&apos;s name</source>
        <translation>担当官の氏名</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="256"/>
        <source>Badge or ID number</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="257"/>
        <source>Officer&apos;s contact</source>
        <translation>担当官の連絡先</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="258"/>
        <source>Court (warrants)</source>
        <translation>裁判所（令状の場合）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="259"/>
        <source>Warrant valid until (YYYY-MM-DD)</source>
        <translation>令状の有効期間の末日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="260"/>
        <source>Document reference</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="261"/>
        <source>Document date (YYYY-MM-DD)</source>
        <translation>文書の日付（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="262"/>
        <source>Scope from (YYYY-MM-DD HH:MM, store time)</source>
        <translation>対象期間の開始（YYYY-MM-DD HH:MM、店舗の時刻）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="263"/>
        <source>Scope to (YYYY-MM-DD HH:MM, store time)</source>
        <translation>対象期間の終了（YYYY-MM-DD HH:MM、店舗の時刻）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="264"/>
        <source>At (YYYY-MM-DD HH:MM, store time)</source>
        <translation>日時（YYYY-MM-DD HH:MM、店舗の時刻）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="265"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>生年月日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="273"/>
        <source>Record the request</source>
        <translation>照会を登録</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="274"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::RetentionAuditScreen</name>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="78"/>
        <source>Loading the audit as of %1…</source>
        <translation>%1 時点の監査を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="88"/>
        <source>Only managers may see the retention audit.</source>
        <translation>保存状況の監査は店長のみ閲覧できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="89"/>
        <source>The audit could not be loaded: %1</source>
        <translation>監査を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="90"/>
        <source>the server cannot be reached</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="97"/>
        <source>The server&apos;s audit could not be read (%1).</source>
        <translation>サーバーの監査結果を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="107"/>
        <source>Audit as of %1 for %2.</source>
        <translation>%2 の %1 時点の監査です。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="128"/>
        <source>Audit chain intact: %1 entries.</source>
        <translation>監査チェーンは正常です（%1 件）。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="129"/>
        <source>Audit chain BROKEN: the records cannot be trusted. Report this at once.</source>
        <translation>監査チェーンが破損しています。記録は信頼できません。直ちに報告してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="132"/>
        <source>No gaps against the ordinance.</source>
        <translation>条例に対する不備はありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="133"/>
        <source>Gaps against the ordinance: %1. See below.</source>
        <translation>条例に対する不備: %1 件。下をご覧ください。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="139"/>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="146"/>
        <source>Load the audit first.</source>
        <translation>先に監査を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="150"/>
        <source>The file %1 cannot be written.</source>
        <translation>ファイル %1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="163"/>
        <source>Save the audit as PDF</source>
        <translation>監査を PDF で保存</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="163"/>
        <source>Save as CSV</source>
        <translation>CSV で保存</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="169"/>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="181"/>
        <source>Retention audit</source>
        <translation>保存状況の監査</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="182"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="183"/>
        <source>Export PDF</source>
        <translation>PDF に書き出す</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="184"/>
        <source>Export CSV</source>
        <translation>CSV に書き出す</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="185"/>
        <source>Back to the manager area</source>
        <translation>店長メニューに戻る</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::ReviewPage</name>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="85"/>
        <location filename="../src/ui/ReviewPage.cpp" line="93"/>
        <location filename="../src/ui/ReviewPage.cpp" line="103"/>
        <location filename="../src/ui/ReviewPage.cpp" line="107"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="86"/>
        <source>Check these details against the document and the customer</source>
        <translation>書類とお客様を見て、次の内容を確認してください</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="87"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="87"/>
        <source>Name in kana</source>
        <translation>氏名のカナ</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="87"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="87"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="88"/>
        <source>Document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="88"/>
        <source>Document number</source>
        <translation>書類の番号</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="88"/>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="88"/>
        <source>Read by</source>
        <translation>読み取り方法</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="97"/>
        <source>%1 (age %2)</source>
        <translation>%1（%2 歳）</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="100"/>
        <source> (insurer: %1)</source>
        <translation>（保険者: %1）</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="102"/>
        <source>not recorded for this document</source>
        <translation>この書類では記録しません</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="106"/>
        <source>no expiry; issued %1</source>
        <translation>有効期限なし、%1 発行</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="108"/>
        <source>IC chip</source>
        <translation>IC チップ</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="109"/>
        <source>MRZ (machine-readable zone)</source>
        <translation>MRZ（機械読取領域）</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="110"/>
        <source>Typed by staff from the original</source>
        <translation>原本を見てスタッフが入力</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="131"/>
        <source>Correct the entries</source>
        <translation>入力を修正する</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="132"/>
        <source>Details confirmed</source>
        <translation>内容を確認しました</translation>
    </message>
</context>
</TS>
