<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Booths</name>
    <message>
        <source>The server&apos;s booth list could not be read.</source>
        <translation>The server&apos;s booth list could not be read.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
</context>
<context>
    <name>CardInput</name>
    <message>
        <source>This looks like a My Number (12 digits), not a member card. It was discarded: scan the member card.</source>
        <translation>This looks like a My Number (12 digits), not a member card. It was discarded: scan the member card.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Nothing was scanned.</translation>
    </message>
    <message>
        <source>This code is too long for a member card.</source>
        <translation>This code is too long for a member card.</translation>
    </message>
    <message>
        <source>This is not a member card code.</source>
        <translation>This is not a member card code.</translation>
    </message>
    <message>
        <source>The check digit of the document number does not match. Scan again, or compare the document number characters with the document.</source>
        <translation>The check digit of the document number does not match. Scan again, or compare the document number characters with the document.</translation>
    </message>
    <message>
        <source>The check digit of the date of birth does not match. Scan again, or compare the date of birth characters with the document.</source>
        <translation>The check digit of the date of birth does not match. Scan again, or compare the date of birth characters with the document.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date does not match. Scan again, or compare the expiry date characters with the document.</source>
        <translation>The check digit of the expiry date does not match. Scan again, or compare the expiry date characters with the document.</translation>
    </message>
    <message>
        <source>The check digit of the personal number (optional data) does not match. Scan again.</source>
        <translation>The check digit of the personal number (optional data) does not match. Scan again.</translation>
    </message>
    <message>
        <source>The final (composite) check digit does not match. Scan again, or compare the whole second line with the document.</source>
        <translation>The final (composite) check digit does not match. Scan again, or compare the whole second line with the document.</translation>
    </message>
    <message>
        <source>The MRZ holds a character other than A–Z, 0–9 and &apos;&lt;&apos;.</source>
        <translation>The MRZ holds a character other than A–Z, 0–9 and &apos;&lt;&apos;.</translation>
    </message>
    <message>
        <source>This is not a complete MRZ: a passport has 2 lines of 44 characters, an ID card 3 lines of 30.</source>
        <translation>This is not a complete MRZ: a passport has 2 lines of 44 characters, an ID card 3 lines of 30.</translation>
    </message>
    <message>
        <source>A field of the MRZ is not valid (date or sex).</source>
        <translation>A field of the MRZ is not valid (date or sex).</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Driver&apos;s license</source>
        <translation>Driver&apos;s license</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>Residence card</translation>
    </message>
    <message>
        <source>Special permanent resident certificate</source>
        <translation>Special permanent resident certificate</translation>
    </message>
    <message>
        <source>Health insurance card</source>
        <translation>Health insurance card</translation>
    </message>
    <message>
        <source>Qualification certificate (health insurance)</source>
        <translation>Qualification certificate (health insurance)</translation>
    </message>
    <message>
        <source>Driving history certificate</source>
        <translation>Driving history certificate</translation>
    </message>
    <message>
        <source>Basic resident register card</source>
        <translation>Basic resident register card</translation>
    </message>
    <message>
        <source>Copy of the resident record</source>
        <translation>Copy of the resident record</translation>
    </message>
    <message>
        <source>Family register copy</source>
        <translation>Family register copy</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Student ID</translation>
    </message>
    <message>
        <source>Other government-issued document</source>
        <translation>Other government-issued document</translation>
    </message>
    <message>
        <source>Tax receipt</source>
        <translation>Tax receipt</translation>
    </message>
    <message>
        <source>Social insurance receipt</source>
        <translation>Social insurance receipt</translation>
    </message>
    <message>
        <source>Utility bill receipt (electricity, gas, water)</source>
        <translation>Utility bill receipt (electricity, gas, water)</translation>
    </message>
    <message>
        <source>Other public receipt</source>
        <translation>Other public receipt</translation>
    </message>
</context>
<context>
    <name>IdentityDraft</name>
    <message>
        <source>Choose the kind of document.</source>
        <translation>Choose the kind of document.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Too long (at most %1 characters).</source>
        <translation>Too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Contains characters that cannot be recorded.</source>
        <translation>Contains characters that cannot be recorded.</translation>
    </message>
    <message>
        <source>A 12-digit number cannot be entered for a My Number card: the individual number is never recorded.</source>
        <translation>A 12-digit number cannot be entered for a My Number card: the individual number is never recorded.</translation>
    </message>
    <message>
        <source>Enter the date of birth (YYYY-MM-DD).</source>
        <translation>Enter the date of birth (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>This date of birth is not possible.</source>
        <translation>This date of birth is not possible.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Enter the document number.</translation>
    </message>
    <message>
        <source>This is not a document number.</source>
        <translation>This is not a document number.</translation>
    </message>
    <message>
        <source>A driver&apos;s license number has 12 digits.</source>
        <translation>A driver&apos;s license number has 12 digits.</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters.</source>
        <translation>A residence card number is 2 letters, 8 digits and 2 letters.</translation>
    </message>
    <message>
        <source>A passport number has at most 9 letters and digits.</source>
        <translation>A passport number has at most 9 letters and digits.</translation>
    </message>
    <message>
        <source>Use letters and digits only.</source>
        <translation>Use letters and digits only.</translation>
    </message>
    <message>
        <source>Enter the nationality as on the passport (e.g. JPN).</source>
        <translation>Enter the nationality as on the passport (e.g. JPN).</translation>
    </message>
    <message>
        <source>Enter the date of issue: this document counts only when issued within the last 6 months.</source>
        <translation>Enter the date of issue: this document counts only when issued within the last 6 months.</translation>
    </message>
    <message>
        <source>Enter the expiry date.</source>
        <translation>Enter the expiry date.</translation>
    </message>
    <message>
        <source>Enter the expiry date, or the date of issue if it has none.</source>
        <translation>Enter the expiry date, or the date of issue if it has none.</translation>
    </message>
    <message>
        <source>The date of issue is in the future.</source>
        <translation>The date of issue is in the future.</translation>
    </message>
    <message>
        <source>Passports issued since 4 February 2020, and foreign passports, show no address: add an address proof.</source>
        <translation>Passports issued since 4 February 2020, and foreign passports, show no address: add an address proof.</translation>
    </message>
    <message>
        <source>Choose the receipt that shows the current address.</source>
        <translation>Choose the receipt that shows the current address.</translation>
    </message>
    <message>
        <source>Enter the date on the receipt.</source>
        <translation>Enter the date on the receipt.</translation>
    </message>
    <message>
        <source>The receipt&apos;s date is in the future.</source>
        <translation>The receipt&apos;s date is in the future.</translation>
    </message>
    <message>
        <source>The receipt must be dated within the last 6 months.</source>
        <translation>The receipt must be dated within the last 6 months.</translation>
    </message>
    <message>
        <source>Confirm that you checked the original document and that the entries match it.</source>
        <translation>Confirm that you checked the original document and that the entries match it.</translation>
    </message>
    <message>
        <source>The document expired on %1. An expired document cannot be accepted.</source>
        <translation>The document expired on %1. An expired document cannot be accepted.</translation>
    </message>
    <message>
        <source>The document was issued on %1, more than 6 months ago. It cannot be accepted.</source>
        <translation>The document was issued on %1, more than 6 months ago. It cannot be accepted.</translation>
    </message>
    <message>
        <source>The document does not show the current address. The address comes from the %1 dated %2: check that it shows this name and address.</source>
        <translation>The document does not show the current address. The address comes from the %1 dated %2: check that it shows this name and address.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>The customer is %1, a minor. Minors may not be admitted during night hours (%2), and it is night hours now: refuse the check-in.</source>
        <translation>The customer is %1, a minor. Minors may not be admitted during night hours (%2), and it is night hours now: refuse the check-in.</translation>
    </message>
    <message>
        <source>The customer is %1, a minor, and must leave by %2 (no minors during night hours, %3).</source>
        <translation>The customer is %1, a minor, and must leave by %2 (no minors during night hours, %3).</translation>
    </message>
    <message>
        <source>The license number&apos;s check digit does not match. Compare the number with the card once more.</source>
        <translation>The license number&apos;s check digit does not match. Compare the number with the card once more.</translation>
    </message>
    <message>
        <source>Typed by staff from the document (not read from a chip or MRZ).</source>
        <translation>Typed by staff from the document (not read from a chip or MRZ).</translation>
    </message>
    <message>
        <source>Replace each 〓 with the character printed on the card.</source>
        <translation>Replace each 〓 with the character printed on the card.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::core::ChipReader</name>
    <message>
        <source>The card reader service (pcscd) is not running.</source>
        <translation>The card reader service (pcscd) is not running.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>No card was placed on the reader.</source>
        <translation>No card was placed on the reader.</translation>
    </message>
    <message>
        <source>The card was taken away while it was read. Place it again.</source>
        <translation>The card was taken away while it was read. Place it again.</translation>
    </message>
    <message>
        <source>Another program is using the card reader.</source>
        <translation>Another program is using the card reader.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>This card is not the document chosen, or its chip cannot be read.</source>
        <translation>This card is not the document chosen, or its chip cannot be read.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left: a blocked card can only be unblocked by the issuer.</source>
        <translation>Wrong PIN. %1 tries left: a blocked card can only be unblocked by the issuer.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked. Type the details from the card instead.</source>
        <translation>The card&apos;s PIN is blocked. Type the details from the card instead.</translation>
    </message>
    <message>
        <source>Only one try is left: staff must confirm before the PIN is sent.</source>
        <translation>Only one try is left: staff must confirm before the PIN is sent.</translation>
    </message>
    <message>
        <source>The PIN has 4 digits.</source>
        <translation>The PIN has 4 digits.</translation>
    </message>
    <message>
        <source>The card could not be read (%1). Type the details from the card instead.</source>
        <translation>The card could not be read (%1). Type the details from the card instead.</translation>
    </message>
    <message>
        <source>Place the card on the reader.</source>
        <translation>Place the card on the reader.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::net::ApiClient</name>
    <message>
        <source>The CA certificate file %1 could not be read.</source>
        <translation>The CA certificate file %1 could not be read.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::net::CounterService</name>
    <message>
        <source>The server cannot be reached, and this kiosk has no offline journal.</source>
        <translation>The server cannot be reached, and this kiosk has no offline journal.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::BoothTile</name>
    <message>
        <source>%1 · terminal %2</source>
        <translation>%1 · terminal %2</translation>
    </message>
    <message>
        <source>In use · %1</source>
        <translation>In use · %1</translation>
    </message>
    <message>
        <source>MINOR · leave by %1</source>
        <translation>MINOR · leave by %1</translation>
    </message>
    <message>
        <source>MINOR</source>
        <translation>MINOR</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>not yet sent</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::CheckInWizard</name>
    <message>
        <source>Choose a free booth.</source>
        <translation>Choose a free booth.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>Recorded offline</source>
        <translation>Recorded offline</translation>
    </message>
    <message>
        <source>The server cannot be reached. The check-in to %1 is kept, encrypted, in this kiosk&apos;s journal and sent as soon as the server is back. The customer may go to the booth.</source>
        <translation>The server cannot be reached. The check-in to %1 is kept, encrypted, in this kiosk&apos;s journal and sent as soon as the server is back. The customer may go to the booth.</translation>
    </message>
    <message>
        <source>A member card can only be issued while the server is reachable.</source>
        <translation>A member card can only be issued while the server is reachable.</translation>
    </message>
    <message>
        <source>The server refused the record: see the field marked in red.</source>
        <translation>The server refused the record: see the field marked in red.</translation>
    </message>
    <message>
        <source>The server refused the record: %1</source>
        <translation>The server refused the record: %1</translation>
    </message>
    <message>
        <source>The check-in was refused (%1).</source>
        <translation>The check-in was refused (%1).</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Booth %1 from %2</source>
        <translation>Booth %1 from %2</translation>
    </message>
    <message>
        <source>Booth %1, terminal %2, from %3</source>
        <translation>Booth %1, terminal %2, from %3</translation>
    </message>
    <message>
        <source>Minor: must leave by %1.</source>
        <translation>Minor: must leave by %1.</translation>
    </message>
    <message>
        <source>Minor.</source>
        <translation>Minor.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Issuing the member card…</source>
        <translation>Issuing the member card…</translation>
    </message>
    <message>
        <source>The member card could not be issued: %1</source>
        <translation>The member card could not be issued: %1</translation>
    </message>
    <message>
        <source>Member card: print this code on the card or let the customer photograph it. It is shown only now.</source>
        <translation>Member card: print this code on the card or let the customer photograph it. It is shown only now.</translation>
    </message>
    <message>
        <source>Which document does the customer show?</source>
        <translation>Which document does the customer show?</translation>
    </message>
    <message>
        <source>Cancel check-in</source>
        <translation>Cancel check-in</translation>
    </message>
    <message>
        <source>Please read (customer)</source>
        <translation>Please read (customer)</translation>
    </message>
    <message>
        <source>• Giving a false name, address or date of birth, or using someone else&apos;s identity document or member card, is an offence punishable by a fine of up to ¥200,000.

• Do not type passwords or credit card numbers on this shared computer.

• When you leave, log out and clear the browser history.</source>
        <translation>• Giving a false name, address or date of birth, or using someone else&apos;s identity document or member card, is an offence punishable by a fine of up to ¥200,000.

• Do not type passwords or credit card numbers on this shared computer.

• When you leave, log out and clear the browser history.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The customer has read this</source>
        <translation>The customer has read this</translation>
    </message>
    <message>
        <source>Choose the booth</source>
        <translation>Choose the booth</translation>
    </message>
    <message>
        <source>Issue a member card</source>
        <translation>Issue a member card</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Back to the booth map</source>
        <translation>Back to the booth map</translation>
    </message>
    <message>
        <source>the customer is a minor: no stay during night hours, and the terminal&apos;s filtering applies.</source>
        <translation>the customer is a minor: no stay during night hours, and the terminal&apos;s filtering applies.</translation>
    </message>
    <message>
        <source>the license number&apos;s check digit does not match: compare the number with the card.</source>
        <translation>the license number&apos;s check digit does not match: compare the number with the card.</translation>
    </message>
    <message>
        <source>the address was declared by the customer; it is not shown on the document.</source>
        <translation>the address was declared by the customer; it is not shown on the document.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::ChipReadPanel</name>
    <message>
        <source>The chip was read. Check the details below.</source>
        <translation>The chip was read. Check the details below.</translation>
    </message>
    <message>
        <source>Place the card on the reader.</source>
        <translation>Place the card on the reader.</translation>
    </message>
    <message>
        <source>Customer: type your 4-digit PIN. Only 1 try is left: after a wrong PIN the card is blocked until the issuer unblocks it.</source>
        <translation>Customer: type your 4-digit PIN. Only 1 try is left: after a wrong PIN the card is blocked until the issuer unblocks it.</translation>
    </message>
    <message>
        <source>Customer: type your 4-digit PIN (%1 tries left).</source>
        <translation>Customer: type your 4-digit PIN (%1 tries left).</translation>
    </message>
    <message>
        <source>Only 1 try is left: tick the confirmation first, or type the details instead.</source>
        <translation>Only 1 try is left: tick the confirmation first, or type the details instead.</translation>
    </message>
    <message>
        <source>Read the IC chip: place the card on the reader, then the customer types the PIN.</source>
        <translation>Read the IC chip: place the card on the reader, then the customer types the PIN.</translation>
    </message>
    <message>
        <source>No card reader is set up on this kiosk: type the details from the card below.</source>
        <translation>No card reader is set up on this kiosk: type the details from the card below.</translation>
    </message>
    <message>
        <source>Read the IC chip</source>
        <translation>Read the IC chip</translation>
    </message>
    <message>
        <source>Send PIN</source>
        <translation>Send PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Staff: the customer is sure of the PIN; use the last try</source>
        <translation>Staff: the customer is sure of the PIN; use the last try</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::HomeScreen</name>
    <message>
        <source>Booths could not be updated: shown as of %1.</source>
        <translation>Booths could not be updated: shown as of %1.</translation>
    </message>
    <message>
        <source>The booth list could not be loaded from the server.</source>
        <translation>The booth list could not be loaded from the server.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Tap a booth</source>
        <translation>Tap a booth</translation>
    </message>
    <message>
        <source>%1 · terminal %2</source>
        <translation>%1 · terminal %2</translation>
    </message>
    <message>
        <source>In since %1 (%2)</source>
        <translation>In since %1 (%2)</translation>
    </message>
    <message>
        <source>Minor: must leave at %1</source>
        <translation>Minor: must leave at %1</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Recorded offline; not yet sent to the server.</source>
        <translation>Recorded offline; not yet sent to the server.</translation>
    </message>
    <message>
        <source>Check out %1? In since %2, now %3 (%4).</source>
        <translation>Check out %1? In since %2, now %3 (%4).</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>%1 checked out: %2.</source>
        <translation>%1 checked out: %2.</translation>
    </message>
    <message>
        <source>%1 check-out recorded offline: %2. It is sent when the server is back.</source>
        <translation>%1 check-out recorded offline: %2. It is sent when the server is back.</translation>
    </message>
    <message>
        <source>Check-out refused: %1</source>
        <translation>Check-out refused: %1</translation>
    </message>
    <message>
        <source>Check-out not recorded: %1 Try again.</source>
        <translation>Check-out not recorded: %1 Try again.</translation>
    </message>
    <message>
        <source>Move %1 (in since %2): tap the free booth to move to.</source>
        <translation>Move %1 (in since %2): tap the free booth to move to.</translation>
    </message>
    <message>
        <source>%1 is not free. Tap a free (green) booth.</source>
        <translation>%1 is not free. Tap a free (green) booth.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 at %3 (in since %4).</source>
        <translation>Moved from %1 to %2 at %3 (in since %4).</translation>
    </message>
    <message>
        <source>Move from %1 to %2 at %3 recorded offline; it is sent when the server is back.</source>
        <translation>Move from %1 to %2 at %3 recorded offline; it is sent when the server is back.</translation>
    </message>
    <message>
        <source>Move refused: %1</source>
        <translation>Move refused: %1</translation>
    </message>
    <message>
        <source>Move not recorded: %1 Try again.</source>
        <translation>Move not recorded: %1 Try again.</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 is now: %2</translation>
    </message>
    <message>
        <source>Changing a booth&apos;s status needs the server, which cannot be reached now.</source>
        <translation>Changing a booth&apos;s status needs the server, which cannot be reached now.</translation>
    </message>
    <message>
        <source>Status not changed: %1</source>
        <translation>Status not changed: %1</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) at %3</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Check in here</source>
        <translation>Check in here</translation>
    </message>
    <message>
        <source>Member here</source>
        <translation>Member here</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::IdentityEntryPage</name>
    <message>
        <source>Not a date: type it as YYYY-MM-DD.</source>
        <translation>Not a date: type it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Check the fields marked in red.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <source>MRZ read: all check digits match. Add the address from the address proof.</source>
        <translation>MRZ read: all check digits match. Add the address from the address proof.</translation>
    </message>
    <message>
        <source>Read the document: %1</source>
        <translation>Read the document: %1</translation>
    </message>
    <message>
        <source>Name (as on the document)</source>
        <translation>Name (as on the document)</translation>
    </message>
    <message>
        <source>Name in kana (optional)</source>
        <translation>Name in kana (optional)</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date of birth (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Insurer&apos;s name (not the card&apos;s numbers)</source>
        <translation>Insurer&apos;s name (not the card&apos;s numbers)</translation>
    </message>
    <message>
        <source>Nationality (3 letters, e.g. JPN)</source>
        <translation>Nationality (3 letters, e.g. JPN)</translation>
    </message>
    <message>
        <source>Valid until (YYYY-MM-DD)</source>
        <translation>Valid until (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Date of issue (YYYY-MM-DD)</source>
        <translation>Date of issue (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Address proof (receipt within 6 months)</source>
        <translation>Address proof (receipt within 6 months)</translation>
    </message>
    <message>
        <source>Date on the receipt (YYYY-MM-DD)</source>
        <translation>Date on the receipt (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The document shows the customer&apos;s current address</source>
        <translation>The document shows the customer&apos;s current address</translation>
    </message>
    <message>
        <source>I have the original document in front of me, the photo matches the customer, and what I typed matches the document.</source>
        <translation>I have the original document in front of me, the photo matches the customer, and what I typed matches the document.</translation>
    </message>
    <message>
        <source>Scan the MRZ (the two lines at the bottom of the photo page) with the reader, or type both lines, then press Read MRZ. Or type everything below.</source>
        <translation>Scan the MRZ (the two lines at the bottom of the photo page) with the reader, or type both lines, then press Read MRZ. Or type everything below.</translation>
    </message>
    <message>
        <source>Read MRZ</source>
        <translation>Read MRZ</translation>
    </message>
    <message>
        <source>Discard the reading and type by hand</source>
        <translation>Discard the reading and type by hand</translation>
    </message>
    <message>
        <source>The individual number (My Number) is never recorded: do not look at or copy the back of the card.</source>
        <translation>The individual number (My Number) is never recorded: do not look at or copy the back of the card.</translation>
    </message>
    <message>
        <source>The card&apos;s symbol, number and insurer number are never recorded: record the insurer&apos;s name only.</source>
        <translation>The card&apos;s symbol, number and insurer number are never recorded: record the insurer&apos;s name only.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Family name, given name</source>
        <translation>Family name, given name</translation>
    </message>
    <message>
        <source>The chip stores some characters only as images, shown as 〓: type them from the card.</source>
        <translation>The chip stores some characters only as images, shown as 〓: type them from the card.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::LoginScreen</name>
    <message>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Scan your badge or type your ID</source>
        <translation>Scan your badge or type your ID</translation>
    </message>
    <message>
        <source>Enter your staff ID and password.</source>
        <translation>Enter your staff ID and password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network, then try again.</source>
        <translation>The server cannot be reached. Check the network, then try again.</translation>
    </message>
    <message>
        <source>The staff ID or password is wrong.</source>
        <translation>The staff ID or password is wrong.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failures. Ask a manager.</source>
        <translation>This account is locked after repeated failures. Ask a manager.</translation>
    </message>
    <message>
        <source>Login failed (%1). Ask a manager.</source>
        <translation>Login failed (%1). Ask a manager.</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::MainWindow</name>
    <message>
        <source>Kiroku check-in</source>
        <translation>Kiroku check-in</translation>
    </message>
    <message>
        <source>Offline, %1 pending</source>
        <translation>Offline, %1 pending</translation>
    </message>
    <message>
        <source>Offline: check-ins cannot be recorded (no journal)</source>
        <translation>Offline: check-ins cannot be recorded (no journal)</translation>
    </message>
    <message>
        <source>%1 pending, sending</source>
        <translation>%1 pending, sending</translation>
    </message>
    <message>
        <source>%1 refused, see Manager</source>
        <translation>%1 refused, see Manager</translation>
    </message>
    <message>
        <source>Server ready (%1)</source>
        <translation>Server ready (%1)</translation>
    </message>
    <message>
        <source>Server reachable but not ready (%1)</source>
        <translation>Server reachable but not ready (%1)</translation>
    </message>
    <message>
        <source>Server unreachable (%1)</source>
        <translation>Server unreachable (%1)</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::ManagerScreen</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Member check-in</source>
        <translation>Member check-in</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no booth</source>
        <translation>no booth</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Store: %1 (code %2)
Signed in: %3 (%4)</source>
        <translation>Store: %1 (code %2)
Signed in: %3 (%4)</translation>
    </message>
    <message>
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
        <source>Journal entries the server refused (%1 pending)</source>
        <translation>Journal entries the server refused (%1 pending)</translation>
    </message>
    <message>
        <source>Discard the selected entry</source>
        <translation>Discard the selected entry</translation>
    </message>
    <message>
        <source>Back to the booth map</source>
        <translation>Back to the booth map</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::MemberCheckInScreen</name>
    <message>
        <source>Looking up the card…</source>
        <translation>Looking up the card…</translation>
    </message>
    <message>
        <source>Age %1 — MINOR</source>
        <translation>Age %1 — MINOR</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Age %1</translation>
    </message>
    <message>
        <source>Identity last verified: %1</source>
        <translation>Identity last verified: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Re-verification is due: check the customer in with an identity document (New customer).</source>
        <translation>Re-verification is due: check the customer in with an identity document (New customer).</translation>
    </message>
    <message>
        <source>No re-verification due.</source>
        <translation>No re-verification due.</translation>
    </message>
    <message>
        <source>This card is unknown or was revoked. Check the customer in with an identity document.</source>
        <translation>This card is unknown or was revoked. Check the customer in with an identity document.</translation>
    </message>
    <message>
        <source>The server cannot be reached. This card is known on this kiosk, but name and age cannot be shown offline: compare the customer with the card, and ask for a document if in doubt.</source>
        <translation>The server cannot be reached. This card is known on this kiosk, but name and age cannot be shown offline: compare the customer with the card, and ask for a document if in doubt.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this card has not been seen on this kiosk: check the customer in with an identity document.</source>
        <translation>The server cannot be reached and this card has not been seen on this kiosk: check the customer in with an identity document.</translation>
    </message>
    <message>
        <source>The card could not be checked: %1</source>
        <translation>The card could not be checked: %1</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>Checked in: booth %1 from %2.</source>
        <translation>Checked in: booth %1 from %2.</translation>
    </message>
    <message>
        <source>Checked in: booth %1, terminal %2, from %3.</source>
        <translation>Checked in: booth %1, terminal %2, from %3.</translation>
    </message>
    <message>
        <source>Minor: must leave by %1.</source>
        <translation>Minor: must leave by %1.</translation>
    </message>
    <message>
        <source>Check-in to %1 recorded offline; it is sent when the server is back.</source>
        <translation>Check-in to %1 recorded offline; it is sent when the server is back.</translation>
    </message>
    <message>
        <source>Refused (%1).</source>
        <translation>Refused (%1).</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <source>Scan the member card</source>
        <translation>Scan the member card</translation>
    </message>
    <message>
        <source>The customer&apos;s face matches the card holder</source>
        <translation>The customer&apos;s face matches the card holder</translation>
    </message>
    <message>
        <source>Back to the booth map</source>
        <translation>Back to the booth map</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>kiroku::kiosk::ui::ReviewPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Check these details against the document and the customer</source>
        <translation>Check these details against the document and the customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in kana</source>
        <translation>Name in kana</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Read by</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
    <message>
        <source> (insurer: %1)</source>
        <translation> (insurer: %1)</translation>
    </message>
    <message>
        <source>not recorded for this document</source>
        <translation>not recorded for this document</translation>
    </message>
    <message>
        <source>no expiry; issued %1</source>
        <translation>no expiry; issued %1</translation>
    </message>
    <message>
        <source>IC chip</source>
        <translation>IC chip</translation>
    </message>
    <message>
        <source>MRZ (machine-readable zone)</source>
        <translation>MRZ (machine-readable zone)</translation>
    </message>
    <message>
        <source>Typed by staff from the original</source>
        <translation>Typed by staff from the original</translation>
    </message>
    <message>
        <source>Correct the entries</source>
        <translation>Correct the entries</translation>
    </message>
    <message>
        <source>Details confirmed</source>
        <translation>Details confirmed</translation>
    </message>
</context>
</TS>
