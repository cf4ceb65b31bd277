<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Booths</name>
    <message>
        <location filename="../src/core/Booth.cpp" line="52"/>
        <source>The server&apos;s booth list could not be read.</source>
        <translation>The server&apos;s booth list could not be read.</translation>
    </message>
    <message>
        <location filename="../src/core/Booth.cpp" line="66"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../src/core/Booth.cpp" line="69"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../src/core/Booth.cpp" line="72"/>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <location filename="../src/core/Booth.cpp" line="75"/>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
</context>
<context>
    <name>CardInput</name>
    <message>
        <location filename="../src/core/CardInput.cpp" line="34"/>
        <source>This looks like a My Number (12 digits), not a member card. It was discarded: scan the member card.</source>
        <translation>This looks like a My Number (12 digits), not a member card. It was discarded: scan the member card.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="38"/>
        <source>Nothing was scanned.</source>
        <translation>Nothing was scanned.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="41"/>
        <source>This code is too long for a member card.</source>
        <translation>This code is too long for a member card.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="44"/>
        <source>This is not a member card code.</source>
        <translation>This is not a member card code.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="58"/>
        <source>The check digit of the document number does not match. Scan again, or compare the document number characters with the document.</source>
        <translation>The check digit of the document number does not match. Scan again, or compare the document number characters with the document.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="62"/>
        <source>The check digit of the date of birth does not match. Scan again, or compare the date of birth characters with the document.</source>
        <translation>The check digit of the date of birth does not match. Scan again, or compare the date of birth characters with the document.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="66"/>
        <source>The check digit of the expiry date does not match. Scan again, or compare the expiry date characters with the document.</source>
        <translation>The check digit of the expiry date does not match. Scan again, or compare the expiry date characters with the document.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="70"/>
        <source>The check digit of the personal number (optional data) does not match. Scan again.</source>
        <translation>The check digit of the personal number (optional data) does not match. Scan again.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="74"/>
        <source>The final (composite) check digit does not match. Scan again, or compare the whole second line with the document.</source>
        <translation>The final (composite) check digit does not match. Scan again, or compare the whole second line with the document.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="78"/>
        <source>The MRZ holds a character other than A–Z, 0–9 and &apos;&lt;&apos;.</source>
        <translation>The MRZ holds a character other than A–Z, 0–9 and &apos;&lt;&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="81"/>
        <source>This is not a complete MRZ: a passport has 2 lines of 44 characters, an ID card 3 lines of 30.</source>
        <translation>This is not a complete MRZ: a passport has 2 lines of 44 characters, an ID card 3 lines of 30.</translation>
    </message>
    <message>
        <location filename="../src/core/CardInput.cpp" line="85"/>
        <source>A field of the MRZ is not valid (date or sex).</source>
        <translation>A field of the MRZ is not valid (date or sex).</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="74"/>
        <source>Driver&apos;s license</source>
        <translation>Driver&apos;s license</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="77"/>
        <source>My Number card</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="80"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="83"/>
        <source>Residence card</source>
        <translation>Residence card</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="86"/>
        <source>Special permanent resident certificate</source>
        <translation>Special permanent resident certificate</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="89"/>
        <source>Health insurance card</source>
        <translation>Health insurance card</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="92"/>
        <source>Qualification certificate (health insurance)</source>
        <translation>Qualification certificate (health insurance)</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="95"/>
        <source>Driving history certificate</source>
        <translation>Driving history certificate</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="98"/>
        <source>Basic resident register card</source>
        <translation>Basic resident register card</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="101"/>
        <source>Copy of the resident record</source>
        <translation>Copy of the resident record</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="104"/>
        <source>Family register copy</source>
        <translation>Family register copy</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="107"/>
        <source>Student ID</source>
        <translation>Student ID</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="110"/>
        <source>Other government-issued document</source>
        <translation>Other government-issued document</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="122"/>
        <source>Tax receipt</source>
        <translation>Tax receipt</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="125"/>
        <source>Social insurance receipt</source>
        <translation>Social insurance receipt</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="128"/>
        <source>Utility bill receipt (electricity, gas, water)</source>
        <translation>Utility bill receipt (electricity, gas, water)</translation>
    </message>
    <message>
        <location filename="../src/core/DocumentKinds.cpp" line="131"/>
        <source>Other public receipt</source>
        <translation>Other public receipt</translation>
    </message>
</context>
<context>
    <name>IdentityDraft</name>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="85"/>
        <source>Choose the kind of document.</source>
        <translation>Choose the kind of document.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="93"/>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="98"/>
        <source>Too long (at most %1 characters).</source>
        <translation>Too long (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="100"/>
        <source>Contains characters that cannot be recorded.</source>
        <translation>Contains characters that cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="104"/>
        <source>A 12-digit number cannot be entered for a My Number card: the individual number is never recorded.</source>
        <translation>A 12-digit number cannot be entered for a My Number card: the individual number is never recorded.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="112"/>
        <source>Enter the date of birth (YYYY-MM-DD).</source>
        <translation>Enter the date of birth (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="114"/>
        <source>This date of birth is not possible.</source>
        <translation>This date of birth is not possible.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="121"/>
        <source>Enter the document number.</source>
        <translation>Enter the document number.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="124"/>
        <source>This is not a document number.</source>
        <translation>This is not a document number.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="127"/>
        <source>A driver&apos;s license number has 12 digits.</source>
        <translation>A driver&apos;s license number has 12 digits.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="130"/>
        <source>A residence card number is 2 letters, 8 digits and 2 letters.</source>
        <translation>A residence card number is 2 letters, 8 digits and 2 letters.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="133"/>
        <source>A passport number has at most 9 letters and digits.</source>
        <translation>A passport number has at most 9 letters and digits.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="135"/>
        <source>Use letters and digits only.</source>
        <translation>Use letters and digits only.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="143"/>
        <source>Enter the nationality as on the passport (e.g. JPN).</source>
        <translation>Enter the nationality as on the passport (e.g. JPN).</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="149"/>
        <source>Enter the date of issue: this document counts only when issued within the last 6 months.</source>
        <translation>Enter the date of issue: this document counts only when issued within the last 6 months.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="153"/>
        <source>Enter the expiry date.</source>
        <translation>Enter the expiry date.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="154"/>
        <source>Enter the expiry date, or the date of issue if it has none.</source>
        <translation>Enter the expiry date, or the date of issue if it has none.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="157"/>
        <source>The date of issue is in the future.</source>
        <translation>The date of issue is in the future.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="163"/>
        <source>Passports issued since 4 February 2020, and foreign passports, show no address: add an address proof.</source>
        <translation>Passports issued since 4 February 2020, and foreign passports, show no address: add an address proof.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="168"/>
        <source>Choose the receipt that shows the current address.</source>
        <translation>Choose the receipt that shows the current address.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="171"/>
        <source>Enter the date on the receipt.</source>
        <translation>Enter the date on the receipt.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="173"/>
        <source>The receipt&apos;s date is in the future.</source>
        <translation>The receipt&apos;s date is in the future.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="175"/>
        <source>The receipt must be dated within the last 6 months.</source>
        <translation>The receipt must be dated within the last 6 months.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="179"/>
        <source>Confirm that you checked the original document and that the entries match it.</source>
        <translation>Confirm that you checked the original document and that the entries match it.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="193"/>
        <source>The document expired on %1. An expired document cannot be accepted.</source>
        <translation>The document expired on %1. An expired document cannot be accepted.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="197"/>
        <source>The document was issued on %1, more than 6 months ago. It cannot be accepted.</source>
        <translation>The document was issued on %1, more than 6 months ago. It cannot be accepted.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="203"/>
        <source>The document does not show the current address. The address comes from the %1 dated %2: check that it shows this name and address.</source>
        <translation>The document does not show the current address. The address comes from the %1 dated %2: check that it shows this name and address.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="209"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="213"/>
        <source>The customer is %1, a minor. Minors may not be admitted during night hours (%2), and it is night hours now: refuse the check-in.</source>
        <translation>The customer is %1, a minor. Minors may not be admitted during night hours (%2), and it is night hours now: refuse the check-in.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="220"/>
        <source>The customer is %1, a minor, and must leave by %2 (no minors during night hours, %3).</source>
        <translation>The customer is %1, a minor, and must leave by %2 (no minors during night hours, %3).</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="229"/>
        <source>The license number&apos;s check digit does not match. Compare the number with the card once more.</source>
        <translation>The license number&apos;s check digit does not match. Compare the number with the card once more.</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="235"/>
        <source>Typed by staff from the document (not read from a chip or MRZ).</source>
        <translation>Typed by staff from the document (not read from a chip or MRZ).</translation>
    </message>
    <message>
        <location filename="../src/core/IdentityDraft.cpp" line="102"/>
        <source>Replace each 〓 with the character printed on the card.</source>
        <translation>Replace each 〓 with the character printed on the card.</translation>
    </message>
</context>
<context>
    <name>MemberCardPrinter</name>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="25"/>
        <source>No printer is set up on this kiosk.</source>
        <translation>No printer is set up on this kiosk.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="28"/>
        <source>There is no member card to print.</source>
        <translation>There is no member card to print.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="38"/>
        <source>The PDF file %1 cannot be written.</source>
        <translation>The PDF file %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="44"/>
        <source>The printer %1 is not available.</source>
        <translation>The printer %1 is not available.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="54"/>
        <source>The printer cannot print now.</source>
        <translation>The printer cannot print now.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="68"/>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="81"/>
        <source>The member card&apos;s code cannot be drawn.</source>
        <translation>The member card&apos;s code cannot be drawn.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="96"/>
        <source>If the code cannot be scanned, type:</source>
        <translation>If the code cannot be scanned, type:</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="103"/>
        <source>Lending this card to someone else, or using another person&apos;s card, is an offence.</source>
        <translation>Lending this card to someone else, or using another person&apos;s card, is an offence.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCardPrinter.cpp" line="105"/>
        <source>The printer stopped while printing.</source>
        <translation>The printer stopped while printing.</translation>
    </message>
</context>
<context>
    <name>PoliceAnswerPdf</name>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="187"/>
        <source>the signature does not match the document</source>
        <translation>the signature does not match the document</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="189"/>
        <source>the signature algorithm is %1, not Ed25519</source>
        <translation>the signature algorithm is %1, not Ed25519</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="191"/>
        <source>the public key is not an Ed25519 key</source>
        <translation>the public key is not an Ed25519 key</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="193"/>
        <source>The answer&apos;s signature does not verify (%1): it may have been altered, so it is not printed. Fetch it again from the server; if this persists, report it.</source>
        <translation>The answer&apos;s signature does not verify (%1): it may have been altered, so it is not printed. Fetch it again from the server; if this persists, report it.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="199"/>
        <source>The answer is signed with a key this kiosk does not trust (fingerprint %1; police/signing_key_fingerprints): it is not printed. Report this.</source>
        <translation>The answer is signed with a key this kiosk does not trust (fingerprint %1; police/signing_key_fingerprints): it is not printed. Report this.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="207"/>
        <source>The signed answer cannot be read (%1).</source>
        <translation>The signed answer cannot be read (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="211"/>
        <source>The answer&apos;s number %1 differs from the signed document&apos;s number %2.</source>
        <translation>The answer&apos;s number %1 differs from the signed document&apos;s number %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="219"/>
        <source>(open)</source>
        <translation>(open)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="237"/>
        <source>Answer to a police inquiry</source>
        <translation>Answer to a police inquiry</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="238"/>
        <source>Answer number</source>
        <translation>Answer number</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="239"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="239"/>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="240"/>
        <source>Answered at</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="240"/>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="227"/>
        <source>staff #%1</source>
        <translation>staff #%1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="227"/>
        <source>%1 (staff #%2)</source>
        <translation>%1 (staff #%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="241"/>
        <source>Records as of</source>
        <translation>Records as of</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="243"/>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="246"/>
        <source>court: %1</source>
        <translation>court: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="249"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="251"/>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="251"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="252"/>
        <source>How it arrived</source>
        <translation>How it arrived</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="252"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="253"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="253"/>
        <source>%1 (badge %2, contact %3)</source>
        <translation>%1 (badge %2, contact %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="254"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="255"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="255"/>
        <source>%1 dated %2</source>
        <translation>%1 dated %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="256"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="256"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="257"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="263"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="264"/>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="265"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="268"/>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="270"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="268"/>
        <source>Approved by one manager in an emergency: flagged for review afterwards</source>
        <translation>Approved by one manager in an emergency: flagged for review afterwards</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="270"/>
        <source>Two-person rule applied; no review required</source>
        <translation>Two-person rule applied; no review required</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="273"/>
        <source>Audit chain head before this answer</source>
        <translation>Audit chain head before this answer</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="274"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="274"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="276"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="279"/>
        <source>Records disclosed: %1</source>
        <translation>Records disclosed: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="281"/>
        <source>No record matched the question within the scope.</source>
        <translation>No record matched the question within the scope.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="285"/>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="288"/>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="291"/>
        <source>issued by %1</source>
        <translation>issued by %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="293"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="293"/>
        <source>Name (kana)</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="293"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="294"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="294"/>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="295"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="296"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="297"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="298"/>
        <source>Identity record id</source>
        <translation>Identity record id</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="328"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="327"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="299"/>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="328"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="303"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="310"/>
        <source>NAT mappings of the public address and port</source>
        <translation>NAT mappings of the public address and port</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="312"/>
        <source>The gateway&apos;s NAT log has no such mapping.</source>
        <translation>The gateway&apos;s NAT log has no such mapping.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="324"/>
        <source>Mapping %1</source>
        <translation>Mapping %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="325"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="326"/>
        <source>Private address</source>
        <translation>Private address</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="327"/>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="316"/>
        <source>not in the log</source>
        <translation>not in the log</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="318"/>
        <source>(estimated)</source>
        <translation>(estimated)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="320"/>
        <source>none known</source>
        <translation>none known</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="335"/>
        <source>SHA-256 of the signed document</source>
        <translation>SHA-256 of the signed document</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="337"/>
        <source>Signature (Ed25519, base64)</source>
        <translation>Signature (Ed25519, base64)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="339"/>
        <source>Signing key fingerprint (SHA-256 of the public key, DER)</source>
        <translation>Signing key fingerprint (SHA-256 of the public key, DER)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="341"/>
        <source>This PDF is a reading of the answer. The authoritative copy is the JSON file %1.json with its detached Ed25519 signature %1.sig, verified against the store&apos;s public key %1.pub.pem with: openssl pkeyutl -verify -pubin -inkey %1.pub.pem -rawin -in %1.json -sigfile %1.sig</source>
        <translation>This PDF is a reading of the answer. The authoritative copy is the JSON file %1.json with its detached Ed25519 signature %1.sig, verified against the store&apos;s public key %1.pub.pem with: openssl pkeyutl -verify -pubin -inkey %1.pub.pem -rawin -in %1.json -sigfile %1.sig</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="355"/>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="363"/>
        <source>Answer %1 — SHA-256 %2</source>
        <translation>Answer %1 — SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="374"/>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="387"/>
        <source>The signed document cannot be saved next to %1.</source>
        <translation>The signed document cannot be saved next to %1.</translation>
    </message>
</context>
<context>
    <name>PoliceTerms</name>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="79"/>
        <source>Report requested under the ordinance</source>
        <translation>Report requested under the ordinance</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="82"/>
        <source>On-site inspection under the ordinance</source>
        <translation>On-site inspection under the ordinance</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="85"/>
        <source>Inquiry for investigation (Code of Criminal Procedure art. 197(2))</source>
        <translation>Inquiry for investigation (Code of Criminal Procedure art. 197(2))</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="88"/>
        <source>Warrant</source>
        <translation>Warrant</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="91"/>
        <source>Emergency to protect life</source>
        <translation>Emergency to protect life</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="98"/>
        <source>Who used a booth or terminal</source>
        <translation>Who used a booth or terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="101"/>
        <source>Visits of a person</source>
        <translation>Visits of a person</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="104"/>
        <source>Who used a public IP address and port</source>
        <translation>Who used a public IP address and port</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="111"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="114"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="117"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="120"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="123"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="130"/>
        <source>Paper request entered at the kiosk</source>
        <translation>Paper request entered at the kiosk</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="133"/>
        <source>Submitted by police over the API</source>
        <translation>Submitted by police over the API</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="140"/>
        <source>IC chip read</source>
        <translation>IC chip read</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="143"/>
        <source>Machine-readable zone read</source>
        <translation>Machine-readable zone read</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="146"/>
        <source>Checked by sight</source>
        <translation>Checked by sight</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="153"/>
        <source>address from the terminal&apos;s report</source>
        <translation>address from the terminal&apos;s report</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="156"/>
        <source>configured address</source>
        <translation>configured address</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="163"/>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="164"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="165"/>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="166"/>
        <source>Public IP address</source>
        <translation>Public IP address</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="167"/>
        <source>Source port</source>
        <translation>Source port</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="168"/>
        <source>Tolerance (seconds)</source>
        <translation>Tolerance (seconds)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="169"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="170"/>
        <source>Name (kana)</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="171"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="172"/>
        <source>Document kind</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceAnswerPdf.cpp" line="173"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
</context>
<context>
    <name>RetentionReportDocument</name>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="40"/>
        <source>Made from audit chain head %1 (length %2).</source>
        <translation>Made from audit chain head %1 (length %2).</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="45"/>
        <source>Identity records</source>
        <translation>Identity records</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="45"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="45"/>
        <source>Booth/terminal segments</source>
        <translation>Booth/terminal segments</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="45"/>
        <source>Terminal events</source>
        <translation>Terminal events</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="48"/>
        <source>Retention audit</source>
        <translation>Retention audit</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="50"/>
        <source>Store: %1 (%2)</source>
        <translation>Store: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="51"/>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="54"/>
        <source>Audit chain</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="56"/>
        <source>Intact: %1 entries, head %2.</source>
        <translation>Intact: %1 entries, head %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="59"/>
        <source>BROKEN at entry %1 of %2: the records after it cannot be trusted.</source>
        <translation>BROKEN at entry %1 of %2: the records after it cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="62"/>
        <source>BROKEN: the records cannot be trusted.</source>
        <translation>BROKEN: the records cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="66"/>
        <source>Latest checkpoint: %1 entries, head %2, made %3.</source>
        <translation>Latest checkpoint: %1 entries, head %2, made %3.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="72"/>
        <source>Gaps against the ordinance</source>
        <translation>Gaps against the ordinance</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="73"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="73"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="75"/>
        <source>Visits without an identity record</source>
        <translation>Visits without an identity record</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="76"/>
        <source>Booth segments without a terminal</source>
        <translation>Booth segments without a terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="77"/>
        <source>Identity records missing a required item</source>
        <translation>Identity records missing a required item</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="78"/>
        <source>Records missing the supplementary address proof</source>
        <translation>Records missing the supplementary address proof</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="87"/>
        <source>Records held, by month their retention ends</source>
        <translation>Records held, by month their retention ends</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="88"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="94"/>
        <source>Due in the next 30 days</source>
        <translation>Due in the next 30 days</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="99"/>
        <source>Legal holds</source>
        <translation>Legal holds</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="101"/>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="115"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Police request</source>
        <translation>Police request</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="104"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="107"/>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="113"/>
        <source>Purges</source>
        <translation>Purges</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="117"/>
        <source>Ran at</source>
        <translation>Ran at</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="117"/>
        <source>Cutoff</source>
        <translation>Cutoff</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="117"/>
        <source>Rows purged</source>
        <translation>Rows purged</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="117"/>
        <source>Keys destroyed</source>
        <translation>Keys destroyed</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="118"/>
        <source>Holds respected</source>
        <translation>Holds respected</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="118"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="126"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="126"/>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="126"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="132"/>
        <source>Access to personal data</source>
        <translation>Access to personal data</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="133"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="133"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="133"/>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="138"/>
        <source>Disclosure basis</source>
        <translation>Disclosure basis</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="138"/>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="150"/>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="158"/>
        <source>Retention audit %1 %2 — audit chain head %3 (length %4)</source>
        <translation>Retention audit %1 %2 — audit chain head %3 (length %4)</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionReportPdf.cpp" line="171"/>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::core::ChipReader</name>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="192"/>
        <source>The card reader service (pcscd) is not running.</source>
        <translation>The card reader service (pcscd) is not running.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="195"/>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="198"/>
        <source>No card was placed on the reader.</source>
        <translation>No card was placed on the reader.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="200"/>
        <source>The card was taken away while it was read. Place it again.</source>
        <translation>The card was taken away while it was read. Place it again.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="202"/>
        <source>Another program is using the card reader.</source>
        <translation>Another program is using the card reader.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="204"/>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="206"/>
        <source>This card is not the document chosen, or its chip cannot be read.</source>
        <translation>This card is not the document chosen, or its chip cannot be read.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="208"/>
        <source>Wrong PIN. %1 tries left: a blocked card can only be unblocked by the issuer.</source>
        <translation>Wrong PIN. %1 tries left: a blocked card can only be unblocked by the issuer.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="211"/>
        <source>The card&apos;s PIN is blocked. Type the details from the card instead.</source>
        <translation>The card&apos;s PIN is blocked. Type the details from the card instead.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="213"/>
        <source>Only one try is left: staff must confirm before the PIN is sent.</source>
        <translation>Only one try is left: staff must confirm before the PIN is sent.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="215"/>
        <source>The PIN has 4 digits.</source>
        <translation>The PIN has 4 digits.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="217"/>
        <source>The card could not be read (%1). Type the details from the card instead.</source>
        <translation>The card could not be read (%1). Type the details from the card instead.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="250"/>
        <source>Place the card on the reader.</source>
        <translation>Place the card on the reader.</translation>
    </message>
    <message>
        <location filename="../src/core/ChipReader.cpp" line="321"/>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::core::MrzScanner</name>
    <message>
        <location filename="../src/core/MrzScanner.cpp" line="14"/>
        <source>The passport reader on %1 is ready.</source>
        <translation>The passport reader on %1 is ready.</translation>
    </message>
    <message>
        <location filename="../src/core/MrzScanner.cpp" line="16"/>
        <source>The passport reader on %1 does not work (%2). Type the MRZ instead; the kiosk keeps trying.</source>
        <translation>The passport reader on %1 does not work (%2). Type the MRZ instead; the kiosk keeps trying.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::net::ApiClient</name>
    <message>
        <location filename="../src/net/ApiClient.cpp" line="20"/>
        <source>The CA certificate file %1 could not be read.</source>
        <translation>The CA certificate file %1 could not be read.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::net::CounterService</name>
    <message>
        <location filename="../src/net/CounterService.cpp" line="78"/>
        <source>The server cannot be reached, and this kiosk has no offline journal.</source>
        <translation>The server cannot be reached, and this kiosk has no offline journal.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::BoothTile</name>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="42"/>
        <source>%1 · terminal %2</source>
        <translation>%1 · terminal %2</translation>
    </message>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="45"/>
        <source>In use · %1</source>
        <translation>In use · %1</translation>
    </message>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="48"/>
        <source>MINOR · leave by %1</source>
        <translation>MINOR · leave by %1</translation>
    </message>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="49"/>
        <source>MINOR</source>
        <translation>MINOR</translation>
    </message>
    <message>
        <location filename="../src/ui/BoothGrid.cpp" line="52"/>
        <source>not yet sent</source>
        <translation>not yet sent</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::CheckInWizard</name>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="221"/>
        <source>Choose a free booth.</source>
        <translation>Choose a free booth.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="242"/>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="264"/>
        <source>Recorded offline</source>
        <translation>Recorded offline</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="266"/>
        <source>The server cannot be reached. The check-in to %1 is kept, encrypted, in this kiosk&apos;s journal and sent as soon as the server is back. The customer may go to the booth.</source>
        <translation>The server cannot be reached. The check-in to %1 is kept, encrypted, in this kiosk&apos;s journal and sent as soon as the server is back. The customer may go to the booth.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="270"/>
        <source>A member card can only be issued while the server is reachable.</source>
        <translation>A member card can only be issued while the server is reachable.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="279"/>
        <source>The server refused the record: see the field marked in red.</source>
        <translation>The server refused the record: see the field marked in red.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="280"/>
        <source>The server refused the record: %1</source>
        <translation>The server refused the record: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="284"/>
        <source>The check-in was refused (%1).</source>
        <translation>The check-in was refused (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="289"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="306"/>
        <source>Booth %1 from %2</source>
        <translation>Booth %1 from %2</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="308"/>
        <source>Booth %1, terminal %2, from %3</source>
        <translation>Booth %1, terminal %2, from %3</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="313"/>
        <source>Minor: must leave by %1.</source>
        <translation>Minor: must leave by %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="313"/>
        <source>Minor.</source>
        <translation>Minor.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="316"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="318"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="343"/>
        <source>Issuing the member card…</source>
        <translation>Issuing the member card…</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="352"/>
        <source>The member card could not be issued: %1</source>
        <translation>The member card could not be issued: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="359"/>
        <source>Member card: print this code on the card or let the customer photograph it. It is shown only now.</source>
        <translation>Member card: print this code on the card or let the customer photograph it. It is shown only now.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="365"/>
        <source>Member card printed: hand it to the customer. The code is shown only now.</source>
        <translation>Member card printed: hand it to the customer. The code is shown only now.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="366"/>
        <source>The member card was not printed: %1 Let the customer photograph the code; it is shown only now.</source>
        <translation>The member card was not printed: %1 Let the customer photograph the code; it is shown only now.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="380"/>
        <source>Which document does the customer show?</source>
        <translation>Which document does the customer show?</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="385"/>
        <source>Cancel check-in</source>
        <translation>Cancel check-in</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="386"/>
        <source>Please read (customer)</source>
        <translation>Please read (customer)</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="388"/>
        <source>• Giving a false name, address or date of birth, or using someone else&apos;s identity document or member card, is an offence punishable by a fine of up to ¥200,000.

• Do not type passwords or credit card numbers on this shared computer.

• When you leave, log out and clear the browser history.</source>
        <translation>• Giving a false name, address or date of birth, or using someone else&apos;s identity document or member card, is an offence punishable by a fine of up to ¥200,000.

• Do not type passwords or credit card numbers on this shared computer.

• When you leave, log out and clear the browser history.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="392"/>
        <location filename="../src/ui/CheckInWizard.cpp" line="396"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="393"/>
        <source>The customer has read this</source>
        <translation>The customer has read this</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="394"/>
        <source>Choose the booth</source>
        <translation>Choose the booth</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="395"/>
        <source>Issue a member card</source>
        <translation>Issue a member card</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="397"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="398"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="399"/>
        <source>Back to the booth map</source>
        <translation>Back to the booth map</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="331"/>
        <source>the customer is a minor: no stay during night hours, and the terminal&apos;s filtering applies.</source>
        <translation>the customer is a minor: no stay during night hours, and the terminal&apos;s filtering applies.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="334"/>
        <source>the license number&apos;s check digit does not match: compare the number with the card.</source>
        <translation>the license number&apos;s check digit does not match: compare the number with the card.</translation>
    </message>
    <message>
        <location filename="../src/ui/CheckInWizard.cpp" line="337"/>
        <source>the address was declared by the customer; it is not shown on the document.</source>
        <translation>the address was declared by the customer; it is not shown on the document.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::ChipReadPanel</name>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="76"/>
        <source>The chip was read. Check the details below.</source>
        <translation>The chip was read. Check the details below.</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="105"/>
        <source>Place the card on the reader.</source>
        <translation>Place the card on the reader.</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="116"/>
        <source>Customer: type your 4-digit PIN. Only 1 try is left: after a wrong PIN the card is blocked until the issuer unblocks it.</source>
        <translation>Customer: type your 4-digit PIN. Only 1 try is left: after a wrong PIN the card is blocked until the issuer unblocks it.</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="118"/>
        <source>Customer: type your 4-digit PIN (%1 tries left).</source>
        <translation>Customer: type your 4-digit PIN (%1 tries left).</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="126"/>
        <source>Only 1 try is left: tick the confirmation first, or type the details instead.</source>
        <translation>Only 1 try is left: tick the confirmation first, or type the details instead.</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="161"/>
        <source>Read the IC chip: place the card on the reader, then the customer types the PIN.</source>
        <translation>Read the IC chip: place the card on the reader, then the customer types the PIN.</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="162"/>
        <source>No card reader is set up on this kiosk: type the details from the card below.</source>
        <translation>No card reader is set up on this kiosk: type the details from the card below.</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="163"/>
        <source>Read the IC chip</source>
        <translation>Read the IC chip</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="164"/>
        <source>Send PIN</source>
        <translation>Send PIN</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="165"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../src/ui/ChipReadPanel.cpp" line="166"/>
        <source>Staff: the customer is sure of the PIN; use the last try</source>
        <translation>Staff: the customer is sure of the PIN; use the last try</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::HomeScreen</name>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="216"/>
        <source>Booths could not be updated: shown as of %1.</source>
        <translation>Booths could not be updated: shown as of %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="217"/>
        <source>The booth list could not be loaded from the server.</source>
        <translation>The booth list could not be loaded from the server.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="219"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="250"/>
        <source>Tap a booth</source>
        <translation>Tap a booth</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="256"/>
        <source>%1 · terminal %2</source>
        <translation>%1 · terminal %2</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="260"/>
        <source>In since %1 (%2)</source>
        <translation>In since %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="265"/>
        <source>Minor: must leave at %1</source>
        <translation>Minor: must leave at %1</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="266"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="269"/>
        <source>Recorded offline; not yet sent to the server.</source>
        <translation>Recorded offline; not yet sent to the server.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="283"/>
        <source>Check out %1? In since %2, now %3 (%4).</source>
        <translation>Check out %1? In since %2, now %3 (%4).</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="286"/>
        <location filename="../src/ui/HomeScreen.cpp" line="431"/>
        <location filename="../src/ui/HomeScreen.cpp" line="438"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="314"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="317"/>
        <source>%1 checked out: %2.</source>
        <translation>%1 checked out: %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="318"/>
        <source>%1 check-out recorded offline: %2. It is sent when the server is back.</source>
        <translation>%1 check-out recorded offline: %2. It is sent when the server is back.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="322"/>
        <source>Check-out refused: %1</source>
        <translation>Check-out refused: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="324"/>
        <source>Check-out not recorded: %1 Try again.</source>
        <translation>Check-out not recorded: %1 Try again.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="348"/>
        <source>Move %1 (in since %2): tap the free booth to move to.</source>
        <translation>Move %1 (in since %2): tap the free booth to move to.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="356"/>
        <source>%1 is not free. Tap a free (green) booth.</source>
        <translation>%1 is not free. Tap a free (green) booth.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="371"/>
        <source>Moved from %1 to %2 at %3 (in since %4).</source>
        <translation>Moved from %1 to %2 at %3 (in since %4).</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="372"/>
        <source>Move from %1 to %2 at %3 recorded offline; it is sent when the server is back.</source>
        <translation>Move from %1 to %2 at %3 recorded offline; it is sent when the server is back.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="378"/>
        <source>Move refused: %1</source>
        <translation>Move refused: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="380"/>
        <source>Move not recorded: %1 Try again.</source>
        <translation>Move not recorded: %1 Try again.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="397"/>
        <source>%1 is now: %2</source>
        <translation>%1 is now: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="400"/>
        <source>Changing a booth&apos;s status needs the server, which cannot be reached now.</source>
        <translation>Changing a booth&apos;s status needs the server, which cannot be reached now.</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="402"/>
        <source>Status not changed: %1</source>
        <translation>Status not changed: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="421"/>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) at %3</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="425"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="426"/>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="427"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="428"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="429"/>
        <source>Check in here</source>
        <translation>Check in here</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="430"/>
        <source>Member here</source>
        <translation>Member here</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="432"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="433"/>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="434"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="435"/>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="436"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="137"/>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="140"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="143"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../src/ui/HomeScreen.cpp" line="146"/>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::IdentityEntryPage</name>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="317"/>
        <source>Not a date: type it as YYYY-MM-DD.</source>
        <translation>Not a date: type it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="329"/>
        <source>Check the fields marked in red.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="346"/>
        <source>MRZ read: all check digits match. Add the address from the address proof.</source>
        <translation>MRZ read: all check digits match. Add the address from the address proof.</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="384"/>
        <source>Read the document: %1</source>
        <translation>Read the document: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="388"/>
        <source>Name (as on the document)</source>
        <translation>Name (as on the document)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="389"/>
        <source>Name in kana (optional)</source>
        <translation>Name in kana (optional)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="390"/>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="391"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date of birth (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="392"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="393"/>
        <source>Insurer&apos;s name (not the card&apos;s numbers)</source>
        <translation>Insurer&apos;s name (not the card&apos;s numbers)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="394"/>
        <source>Nationality (3 letters, e.g. JPN)</source>
        <translation>Nationality (3 letters, e.g. JPN)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="395"/>
        <source>Valid until (YYYY-MM-DD)</source>
        <translation>Valid until (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="396"/>
        <source>Date of issue (YYYY-MM-DD)</source>
        <translation>Date of issue (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="398"/>
        <source>Address proof (receipt within 6 months)</source>
        <translation>Address proof (receipt within 6 months)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="399"/>
        <source>Date on the receipt (YYYY-MM-DD)</source>
        <translation>Date on the receipt (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="401"/>
        <source>The document shows the customer&apos;s current address</source>
        <translation>The document shows the customer&apos;s current address</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="402"/>
        <source>I have the original document in front of me, the photo matches the customer, and what I typed matches the document.</source>
        <translation>I have the original document in front of me, the photo matches the customer, and what I typed matches the document.</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="407"/>
        <source>Scan the MRZ (the two lines at the bottom of the photo page) with the reader, or type both lines, then press Read MRZ. Or type everything below.</source>
        <translation>Scan the MRZ (the two lines at the bottom of the photo page) with the reader, or type both lines, then press Read MRZ. Or type everything below.</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="409"/>
        <source>Read MRZ</source>
        <translation>Read MRZ</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="410"/>
        <source>Discard the reading and type by hand</source>
        <translation>Discard the reading and type by hand</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="413"/>
        <source>The individual number (My Number) is never recorded: do not look at or copy the back of the card.</source>
        <translation>The individual number (My Number) is never recorded: do not look at or copy the back of the card.</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="414"/>
        <source>The card&apos;s symbol, number and insurer number are never recorded: record the insurer&apos;s name only.</source>
        <translation>The card&apos;s symbol, number and insurer number are never recorded: record the insurer&apos;s name only.</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="415"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="416"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="417"/>
        <source>Family name, given name</source>
        <translation>Family name, given name</translation>
    </message>
    <message>
        <location filename="../src/ui/IdentityEntryPage.cpp" line="251"/>
        <source>The chip stores some characters only as images, shown as 〓: type them from the card.</source>
        <translation>The chip stores some characters only as images, shown as 〓: type them from the card.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::LoginScreen</name>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="75"/>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="76"/>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="77"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="78"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="79"/>
        <source>Scan your badge or type your ID</source>
        <translation>Scan your badge or type your ID</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="87"/>
        <source>Enter your staff ID and password.</source>
        <translation>Enter your staff ID and password.</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="92"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="101"/>
        <source>The server cannot be reached. Check the network, then try again.</source>
        <translation>The server cannot be reached. Check the network, then try again.</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="103"/>
        <source>The staff ID or password is wrong.</source>
        <translation>The staff ID or password is wrong.</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="105"/>
        <source>This account is locked after repeated failures. Ask a manager.</source>
        <translation>This account is locked after repeated failures. Ask a manager.</translation>
    </message>
    <message>
        <location filename="../src/ui/LoginScreen.cpp" line="107"/>
        <source>Login failed (%1). Ask a manager.</source>
        <translation>Login failed (%1). Ask a manager.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="170"/>
        <source>Kiroku check-in</source>
        <translation>Kiroku check-in</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="184"/>
        <source>Offline, %1 pending</source>
        <translation>Offline, %1 pending</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="185"/>
        <source>Offline: check-ins cannot be recorded (no journal)</source>
        <translation>Offline: check-ins cannot be recorded (no journal)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="187"/>
        <source>%1 pending, sending</source>
        <translation>%1 pending, sending</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="190"/>
        <source>%1 refused, see Manager</source>
        <translation>%1 refused, see Manager</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="201"/>
        <source>Server ready (%1)</source>
        <translation>Server ready (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="204"/>
        <source>Server reachable but not ready (%1)</source>
        <translation>Server reachable but not ready (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="207"/>
        <source>Server unreachable (%1)</source>
        <translation>Server unreachable (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="210"/>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::ManagerScreen</name>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="21"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="23"/>
        <source>Member check-in</source>
        <translation>Member check-in</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="25"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="29"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="84"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="86"/>
        <source>no booth</source>
        <translation>no booth</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="111"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="112"/>
        <source>Store: %1 (code %2)
Signed in: %3 (%4)</source>
        <translation>Store: %1 (code %2)
Signed in: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="117"/>
        <source>Available at this kiosk:
• Booth map: check-in, check-out, moves, cleaning and out-of-service marks
• New customer check-in with identity verification, and member cards
• Member check-in by card
• Offline journal: check-ins, moves and check-outs recorded while the server is unreachable, sent when it is back; entries the server refused are listed below</source>
        <translation>Available at this kiosk:
• Booth map: check-in, check-out, moves, cleaning and out-of-service marks
• New customer check-in with identity verification, and member cards
• Member check-in by card
• Offline journal: check-ins, moves and check-outs recorded while the server is unreachable, sent when it is back; entries the server refused are listed below</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="123"/>
        <source>Journal entries the server refused (%1 pending)</source>
        <translation>Journal entries the server refused (%1 pending)</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="124"/>
        <source>Discard the selected entry</source>
        <translation>Discard the selected entry</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="125"/>
        <source>Back to the booth map</source>
        <translation>Back to the booth map</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="126"/>
        <source>Retention audit</source>
        <translation>Retention audit</translation>
    </message>
    <message>
        <location filename="../src/ui/ManagerScreen.cpp" line="127"/>
        <source>Police requests</source>
        <translation>Police requests</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::MemberCheckInScreen</name>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="130"/>
        <source>Looking up the card…</source>
        <translation>Looking up the card…</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="143"/>
        <source>Age %1 — MINOR</source>
        <translation>Age %1 — MINOR</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="144"/>
        <source>Age %1</source>
        <translation>Age %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="150"/>
        <source>Identity last verified: %1</source>
        <translation>Identity last verified: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="153"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="155"/>
        <source>Re-verification is due: check the customer in with an identity document (New customer).</source>
        <translation>Re-verification is due: check the customer in with an identity document (New customer).</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="157"/>
        <source>No re-verification due.</source>
        <translation>No re-verification due.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="163"/>
        <source>This card is unknown or was revoked. Check the customer in with an identity document.</source>
        <translation>This card is unknown or was revoked. Check the customer in with an identity document.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="167"/>
        <source>The server cannot be reached. This card is known on this kiosk, but name and age cannot be shown offline: compare the customer with the card, and ask for a document if in doubt.</source>
        <translation>The server cannot be reached. This card is known on this kiosk, but name and age cannot be shown offline: compare the customer with the card, and ask for a document if in doubt.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="172"/>
        <source>The server cannot be reached and this card has not been seen on this kiosk: check the customer in with an identity document.</source>
        <translation>The server cannot be reached and this card has not been seen on this kiosk: check the customer in with an identity document.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="176"/>
        <source>The card could not be checked: %1</source>
        <translation>The card could not be checked: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="200"/>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="216"/>
        <source>Checked in: booth %1 from %2.</source>
        <translation>Checked in: booth %1 from %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="218"/>
        <source>Checked in: booth %1, terminal %2, from %3.</source>
        <translation>Checked in: booth %1, terminal %2, from %3.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="223"/>
        <source>Minor: must leave by %1.</source>
        <translation>Minor: must leave by %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="230"/>
        <source>Check-in to %1 recorded offline; it is sent when the server is back.</source>
        <translation>Check-in to %1 recorded offline; it is sent when the server is back.</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="235"/>
        <source>Refused (%1).</source>
        <translation>Refused (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="238"/>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="252"/>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="253"/>
        <source>Scan the member card</source>
        <translation>Scan the member card</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="254"/>
        <source>The customer&apos;s face matches the card holder</source>
        <translation>The customer&apos;s face matches the card holder</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="255"/>
        <source>Back to the booth map</source>
        <translation>Back to the booth map</translation>
    </message>
    <message>
        <location filename="../src/ui/MemberCheckInScreen.cpp" line="256"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::PoliceDeskScreen</name>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="146"/>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="149"/>
        <source>Only managers may do this.</source>
        <translation>Only managers may do this.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="151"/>
        <source>The server refused (HTTP %1).</source>
        <translation>The server refused (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="152"/>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="157"/>
        <source>Loading the police requests…</source>
        <translation>Loading the police requests…</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="165"/>
        <source>The police requests could not be loaded: %1</source>
        <translation>The police requests could not be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="174"/>
        <source>%n police request(s).</source>
        <translation>
            <numerusform>%n police request.</numerusform>
            <numerusform>%n police requests.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="249"/>
        <source>Select a request.</source>
        <translation>Select a request.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="253"/>
        <source>%1 · %2 · officer %3 (%4) · document %5</source>
        <translation>%1 · %2 · officer %3 (%4) · document %5</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="256"/>
        <source>Question: %1 · scope %2 to %3</source>
        <translation>Question: %1 · scope %2 to %3</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="269"/>
        <source>Approved by one manager in an emergency: flagged for review.</source>
        <translation>Approved by one manager in an emergency: flagged for review.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="261"/>
        <source>Entered by %1</source>
        <translation>Entered by %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="264"/>
        <source>Approved by %1 at %2</source>
        <translation>Approved by %1 at %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="272"/>
        <source>Rejected by %1 at %2: %3</source>
        <translation>Rejected by %1 at %2: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="277"/>
        <source>Answered by %1 at %2</source>
        <translation>Answered by %1 at %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="282"/>
        <source>You entered this request: another manager must approve it.</source>
        <translation>You entered this request: another manager must approve it.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="291"/>
        <source>staff #%1</source>
        <translation>staff #%1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="291"/>
        <source>%1 (staff #%2)</source>
        <translation>%1 (staff #%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="343"/>
        <source>Answering from the records…</source>
        <translation>Answering from the records…</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="380"/>
        <source>The answer could not be loaded: %1</source>
        <translation>The answer could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="394"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>The server&apos;s answer could not be read (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="406"/>
        <source>Answer %1: signature verified (signing key %2…).</source>
        <translation>Answer %1: signature verified (signing key %2…).</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="414"/>
        <source>Open an answered request first.</source>
        <translation>Open an answered request first.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="423"/>
        <source>Save the answer as PDF</source>
        <translation>Save the answer as PDF</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="431"/>
        <source>Saved %1 with the signed JSON, its signature and the public key next to it.</source>
        <translation>Saved %1 with the signed JSON, its signature and the public key next to it.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="463"/>
        <source>Police requests</source>
        <translation>Police requests</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="465"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="466"/>
        <source>Reason for rejecting (required)</source>
        <translation>Reason for rejecting (required)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="467"/>
        <source>Back to the manager area</source>
        <translation>Back to the manager area</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="468"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="469"/>
        <source>Enter a paper request</source>
        <translation>Enter a paper request</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="470"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="471"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="472"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceDeskScreen.cpp" line="473"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::PoliceRequestForm</name>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="200"/>
        <source>Check the marked field.</source>
        <translation>Check the marked field.</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="203"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="244"/>
        <source>Enter a paper request from police</source>
        <translation>Enter a paper request from police</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="245"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="246"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="254"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="255"/>
        <source>Officer&apos;s name</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="256"/>
        <source>Badge or ID number</source>
        <translation>Badge or ID number</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="257"/>
        <source>Officer&apos;s contact</source>
        <translation>Officer&apos;s contact</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="258"/>
        <source>Court (warrants)</source>
        <translation>Court (warrants)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="259"/>
        <source>Warrant valid until (YYYY-MM-DD)</source>
        <translation>Warrant valid until (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="260"/>
        <source>Document reference</source>
        <translation>Document reference</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="261"/>
        <source>Document date (YYYY-MM-DD)</source>
        <translation>Document date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="262"/>
        <source>Scope from (YYYY-MM-DD HH:MM, store time)</source>
        <translation>Scope from (YYYY-MM-DD HH:MM, store time)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="263"/>
        <source>Scope to (YYYY-MM-DD HH:MM, store time)</source>
        <translation>Scope to (YYYY-MM-DD HH:MM, store time)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="264"/>
        <source>At (YYYY-MM-DD HH:MM, store time)</source>
        <translation>At (YYYY-MM-DD HH:MM, store time)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="265"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date of birth (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="273"/>
        <source>Record the request</source>
        <translation>Record the request</translation>
    </message>
    <message>
        <location filename="../src/ui/PoliceRequestForm.cpp" line="274"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::RetentionAuditScreen</name>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="78"/>
        <source>Loading the audit as of %1…</source>
        <translation>Loading the audit as of %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="88"/>
        <source>Only managers may see the retention audit.</source>
        <translation>Only managers may see the retention audit.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="89"/>
        <source>The audit could not be loaded: %1</source>
        <translation>The audit could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="90"/>
        <source>the server cannot be reached</source>
        <translation>the server cannot be reached</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="97"/>
        <source>The server&apos;s audit could not be read (%1).</source>
        <translation>The server&apos;s audit could not be read (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="107"/>
        <source>Audit as of %1 for %2.</source>
        <translation>Audit as of %1 for %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="128"/>
        <source>Audit chain intact: %1 entries.</source>
        <translation>Audit chain intact: %1 entries.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="129"/>
        <source>Audit chain BROKEN: the records cannot be trusted. Report this at once.</source>
        <translation>Audit chain BROKEN: the records cannot be trusted. Report this at once.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="132"/>
        <source>No gaps against the ordinance.</source>
        <translation>No gaps against the ordinance.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="133"/>
        <source>Gaps against the ordinance: %1. See below.</source>
        <translation>Gaps against the ordinance: %1. See below.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="139"/>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="146"/>
        <source>Load the audit first.</source>
        <translation>Load the audit first.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="150"/>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="163"/>
        <source>Save the audit as PDF</source>
        <translation>Save the audit as PDF</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="163"/>
        <source>Save as CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="169"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="181"/>
        <source>Retention audit</source>
        <translation>Retention audit</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="182"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="183"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="184"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../src/ui/RetentionAuditScreen.cpp" line="185"/>
        <source>Back to the manager area</source>
        <translation>Back to the manager area</translation>
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
        <translation>Check these details against the document and the customer</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="87"/>
        <source>Name in kana</source>
        <translation>Name in kana</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="87"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="87"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="88"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="88"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="88"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="88"/>
        <source>Read by</source>
        <translation>Read by</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="97"/>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="100"/>
        <source> (insurer: %1)</source>
        <translation> (insurer: %1)</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="102"/>
        <source>not recorded for this document</source>
        <translation>not recorded for this document</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="106"/>
        <source>no expiry; issued %1</source>
        <translation>no expiry; issued %1</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="108"/>
        <source>IC chip</source>
        <translation>IC chip</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="109"/>
        <source>MRZ (machine-readable zone)</source>
        <translation>MRZ (machine-readable zone)</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="110"/>
        <source>Typed by staff from the original</source>
        <translation>Typed by staff from the original</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="131"/>
        <source>Correct the entries</source>
        <translation>Correct the entries</translation>
    </message>
    <message>
        <location filename="../src/ui/ReviewPage.cpp" line="132"/>
        <source>Details confirmed</source>
        <translation>Details confirmed</translation>
    </message>
</context>
</TS>
