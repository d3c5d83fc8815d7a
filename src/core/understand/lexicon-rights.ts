import { weighted } from './matcher.js';

/** Domestic violence: abuse by husband/in-laws/partner, dowry, PWDVA orders. */
export const DV = weighted([
  ['agar wo + aaya', 2.5], ['agar woh + aaya', 2.5], ['अगर वो + आया', 2.5], ['اگر وہ + آیا', 2.5], ['if he comes', 2.5], ['kuch kar dega', 2.5],
  ['कुछ कर देगा', 2.5], ['کچھ کر دے گا', 2.5], ['doesnt give money', 3], ['does not give money', 3], ['paise nahi deta', 3], ['kharcha nahi deta', 3], ['पैसे नहीं देता', 3],
  ['खर्चा नहीं देता', 3], ['پیسے نہیں دیتا', 3], ['خرچہ نہیں دیتا', 3], ['chot', 1.5], ['चोट', 1.5], ['چوٹ', 1.5], ['jhagda', 1.5], ['jhagra', 1.5],
  ['झगड़ा', 1.5], ['جھگڑا', 1.5], ['nashe me', 1.5], ['नशे में', 1.5], ['نشے میں', 1.5], ['apni pasand', 3], ['अपनी पसंद', 3], ['اپنی پسند', 3], ['love marriage', 3], ['pasand ki shaadi', 3], ['inter caste', 3], ['reads + my messages', 3], ['doesnt let me', 3], ['doesnt give me food', 3], ['khana nahi deti', 3], ['खाना नहीं देती', 3], ['کھانا نہیں دیتی', 3],
  ['stepmother', 2], ['sauteli maa', 2], ['सौतेली माँ', 2], ['سوتیلی ماں', 2], ['second marriage', 4], ['doosri shaadi', 4], ['दूसरी शादी', 4], ['دوسری شادی', 4], ['breaks things', 3], ['compensation + injur*', 4], ['dhamki', 2], ['پروٹیکشن آرڈر', 5], ['ڈومیسٹک وائلنس', 5], ['प्रोटेक्शन ऑर्डर', 5], ['डोमेस्टिक वायलेंस', 5], ['रेज़िडेंस ऑर्डर', 5],
  ['ریزیڈنس آرڈر', 5], ['मेंटेनेंस', 3], ['مینٹیننس', 3], ['salary', 2], ['सैलरी', 2], ['تنخواہ', 2], ['phone check', 1.5], ['फोन चेक', 1.5],
  ['فون چیک', 1.5], ['milne nahi deta', 3], ['मिलने नहीं देता', 3], ['ملنے نہیں دیتا', 3], ['shouting', 2], ['cheekh', 2], ['चीख', 2], ['چیخ', 2], ['धमकी', 2], ['دھمکی', 2], ['swollen', 2], ['sooja', 2], ['sooj gaya', 2], ['सूज', 2], ['سوج', 2], ['domestic violence', 5], ['dv act', 5], ['pwdva', 5], ['domestic abuse', 5], ['dowry', 4], ['dahej', 4], ['dahez', 4],
  ['jahez', 4], ['jahiz', 4], ['दहेज', 4], ['جہیز', 4], ['stridhan', 4], ['streedhan', 4], ['स्त्रीधन', 4],
  ['gharelu hinsa', 5], ['ghareloo hinsa', 5], ['घरेलू हिंसा', 5], ['گھریلو تشدد', 5], ['gharelu tashadud', 5],
  ['protection order', 4], ['protection officer', 4], ['sanrakshan', 4], ['संरक्षण', 4], ['حفاظتی حکم', 4],
  ['tahaffuz', 3], ['residence order', 4], ['shared household', 4], ['shared home', 4], ['marital home', 3],
  ['matrimonial home', 3], ['in-laws house', 2], ['maintenance', 3], ['kharcha', 3], ['kharchaa', 3], ['kharch', 3],
  ['खर्चा', 3], ['खर्च', 3], ['خرچہ', 3], ['خرچ', 3], ['nafqa', 3], ['nafaqa', 3], ['نفقہ', 3], ['guzara', 3],
  ['money for expenses', 3], ['does not give me money', 3], ['doesnt give me money', 3], ['no money for', 2],
  ['monetary relief', 4], ['domestic incident report', 5], ['incident report', 3], ['=dir', 3],
  ['threw me out', 4], ['thrown out', 3], ['throw me out', 4], ['kicked me out', 4], ['ghar se nikal*', 4],
  ['घर से निकाल*', 4], ['گھر سے نکال*', 4], ['control* + money', 3], ['controls', 2], ['let me work', 2],
  ['my salary', 2], ['jewellery', 2], ['jewelry', 2], ['gehne', 2], ['zevar', 2], ['custody', 3], ['कस्टडी', 3], ['کسٹڈی', 3], ['حضانت', 3], ['naukri karne nahi', 4], ['नौकरी करने नहीं', 4], ['نوکری کرنے نہیں', 4],
  ['kaam karne nahi', 3], ['काम करने नहीं', 3], ['کام کرنے نہیں', 3], ['divorce', 1.5],
  ['talaq', 1.5], ['तलाक', 1.5], ['طلاق', 1.5], ['cruelty', 3], ['498a', 4], ['marital rape', 4], ['forced sex', 2], ['forces himself', 4], ['forced himself', 4],
  ['without my consent', 3], ['his right', 2], ['meri marzi ke bina', 4], ['मेरी मर्ज़ी के बिना', 4], ['مرضی کے بغیر', 4],
  // Coercive control: confinement, phone taken, not allowed out or to work.
  ['doesnt let me', 3], ['does not let me', 3], ['dont let me', 3], ['wont let me', 3], ['not allowed to', 2.5],
  ['took my phone', 3], ['snatched my phone', 3], ['locks me', 3], ['jaane nahi dete', 3], ['jane nahi dete', 3],
  ['nahi dete', 1.5], ['nahi deta', 1.5], ['बाहर नहीं जाने', 3], ['जाने नहीं देते', 3], ['نہیں جانے دیتے', 3],
  ['phone chheen', 3], ['khana nahi', 2], ['खाना नहीं', 2], ['کھانا نہیں', 2], ['calling me names', 2], ['emotional abuse', 3], ['verbal abuse', 3], ['economic abuse', 3], ['drunk', 1],
  ['sharab', 1], ['शराब', 1], ['شراب', 1], ['nasha', 1], ['magistrate', 1.5],
  // The law by its short name, and a live-in relationship ("we never married: does the DV law protect me?").
  ['dv law', 5], ['=dv', 3], ['live in', 3], ['live-in', 3], ['livein', 3], ['live together', 2.5], ['living together', 2.5],
  ['live with him', 2], ['पति जैसा', 2], ['लिव इन', 3], ['لیو ان', 3],
  ['पति मारपीट', 4], ['प्रोटेक्शन ऑफिसर', 5], ['प्रोटेक्शन अफसर', 5], ['پروٹیکشن آفیسر', 5], ['پروٹیکشن افسر', 5],
  ['संरक्षण अधिकारी', 5], ['تحفظ افسر', 5], ['डीआईआर', 4], ['घरेलू घटना रिपोर्ट', 5], ['घरेलू घटना', 4], ['gharelu ghatna', 4], ['گھریلو واقعے', 4], ['گھریلو واقعہ', 4],
  // Money kept from her: salary, fare, the ATM card.
  ['salary', 2.5], ['tankhwah', 2.5], ['tankhah', 2.5], ['तनख्वाह', 2.5], ['तनख़्वाह', 2.5], ['वेतन', 2.5], ['تنخواہ', 2.5],
  ['atm card', 2.5], ['=atm', 2], ['किराया', 1], ['کرایہ', 1], ['kiraya', 1], ['paise nahi deta', 3], ['paise nahi dete', 3],
  ['पैसे नहीं देता', 3], ['पैसे नहीं देते', 3], ['پیسے نہیں دیتا', 3], ['پیسے نہیں دیتے', 3], ['paisa chheen', 3], ['पैसे छीन', 3], ['پیسے چھین', 3],
  ['mangna padta', 2], ['मांगना पड़ता', 2], ['مانگنا پڑتا', 2], ['gala daba*', 3], ['broke my', 3], ['घर छोड़ने', 3], ['ghar chhodne', 3], ['گھر چھوڑنے', 3], ['chhod dungi', 3], ['छोड़ दूंगी', 3], ['چھوڑ دوں گی', 3],
  ['what if he', 3], ['agar wo fir', 3], ['agar wo phir', 3], ['अगर वो फिर', 3], ['اگر وہ پھر', 3], ['comes back', 2], ['shouts', 2.5],
  ['chillata', 2.5], ['चिल्लाता', 2.5], ['dhamki', 2], ['धमकी', 2], ['دھمکی', 2], ['مشترکہ گھر', 5], ['साझा घर', 5], ['रहने का हक', 3], ['رہنے کا حق', 3], ['rehne ka haq', 3], ['raises his hand', 3], ['raise his hand', 3], ['maika', 2], ['भरण-पोषण', 4], ['भरण पोषण', 4], ['bharan poshan', 4],
  ['protekshun', 5], ['protection ordr', 5], ['تحفظ کا حکم', 5], ['حکم نامہ', 2], ['lock me in', 3], ['safe now', 2], ['safe hu', 2], ['محفوظ ہوں', 2], ['सुरक्षित हूँ', 2], ['ammi ke ghar', 2],
  ['امی کے گھر', 2], ['chhodne ka soch', 3], ['छोड़ने का सोच', 3], ['چھوڑنے کا ارادہ', 3], ['چھوڑنے کا سوچ', 3], ['kuch kar na de', 3],
  ['कुछ कर न दे', 3], ['کچھ کر نہ دے', 3], ['maare', 2], ['maarega', 2], ['मारे', 2], ['مارے', 2], ['got out', 2.5], ['escaped', 2.5], ['bhaag aayi', 3], ['bhaag ke aa', 3], ['bhag ke aa', 3], ['भाग आई', 3],
  ['بھاگ آئی', 3], ['safe at', 2], ['mayke', 2.5], ['मायके', 2.5], ['میکے', 2.5], ['behen ke ghar', 2], ['at my sister', 2], ['bhai ke ghar', 2], ['भाई के घर', 2], ['بھائی کے گھر', 2], ['बहन के घर', 2], ['بہن کے گھر', 2],
  ['leaving him', 3], ['leave him', 3], ['ghar chhod dungi', 3], ['घर छोड़ दूंगी', 3], ['گھر چھوڑ دوں گی', 3],
  ['police me shikayat', 3], ['पुलिस में शिकायत', 3], ['پولیس میں شکایت', 3], ['police complaint', 2.5], ['خلع', 1.5], ['khula', 1.5],
  ['keeps the kids', 3], ['kids + leave him', 3], ['बच्चे किसके पास', 3], ['bachche kiske paas', 3], ['تحویل', 3], ['بچوں کی تحویل', 3],
  ['time limit', 3], ['samay seema', 3], ['समय सीमा', 3], ['calls me names', 3], ['गुजारा भत्ता', 4], ['guzara bhatta', 4], ['gujara bhatta', 4], ['گزارہ بھتہ', 4], ['भत्ता', 2], ['coming near me', 3], ['come near me', 3], ['keep him away', 4], ['stay away from me', 3],
  ['stop him coming', 3], ['paas na aaye', 4], ['पास न आए', 4], ['پاس نہ آئے', 4], ['bail', 2], ['zamanat', 2], ['जमानत', 2], ['ज़मानत', 2], ['ضمانت', 2], ['magistrate* order', 3],
  ['ghar chhod kar', 3], ['ghar chhod ke', 3], ['घर छोड़ कर', 3], ['घर छोड़ के', 3], ['گھر چھوڑ کر', 3], ['گھر چھوڑ کے', 3], ['fractur*', 3], ['haddi tod*', 3], ['हड्डी तोड़*', 3], ['ہڈی توڑ*', 3], ['गला दबा*', 3], ['گلا دبا*', 3],
  // "mar gaya" is "died" (a phone, a person), not "beat": cancel the violence cue.
  ['mar gaya', -2], ['mar gayi', -2], ['mar gaye', -2], ['मर गया', -2], ['मर गई', -2], ['مر گیا', -2], ['مر گئی', -2],
]);

/** Child sexual abuse and the POCSO process. Sexual + child cues are added in topic.ts. */
export const POCSO = weighted([
  ['लैंगिक अपराधों से बालकों', 6], ['बालकों का संरक्षण', 6], ['pokso', 6], ['pocso', 6], ['poxo', 6], ['posco', 6], ['pocsco', 6], ['पॉक्सो', 6], ['पोक्सो', 6], ['پوکسو', 6], ['پاکسو', 6],
  ['child sexual abuse', 6], ['child abuse', 4], ['sexual offences', 4], ['bal yon shoshan', 6],
  ['बच्चों का यौन शोषण', 6], ['بچوں کا جنسی', 6], ['age of consent', 6], ['girl agreed', 4], ['consent', 3], ['marzi se', 3], ['मर्ज़ी से', 3], ['مرضی سے', 3], ['required to report', 5],
  ['mandatory report*', 5], ['must report', 4], ['batana zaroori', 4], ['बताना ज़रूरी', 4], ['report karna zaroori', 4], ['रिपोर्ट करना ज़रूरी', 4],
  ['رپورٹ کرنا لازمی', 4], ['شکایت کرنی ضروری', 4], ['शिकायत करनी ज़रूरी', 4], ['सहमति की उम्र', 6], ['رضامندی کی عمر', 6], ['good touch', 4], ['bad touch', 4], ['गुड टच', 4], ['बैड टच', 4], ['گڈ ٹچ', 4], ['بیڈ ٹچ', 4], ['special court', 4],
  ['child victim', 4], ['child witness', 4], ['medical exam* + child', 3], ['statement + child*', 2],
  ['statement + daughter*', 3], ['statement + son', 3], ['court + child', 2], ['face the accused', 2],
  ['compulsory to report', 2], ['mandatory report*', 2], ['गंदी फोटो', 3], ['गंदी फ़ोटो', 3], ['gandi photo*', 3], ['gandi pic*', 3],
  ['گندی تصویر*', 3], ['گندی فوٹو', 3], ['photos + maang*', 2], ['फोटो मांग', 2], ['تصویریں مانگ', 2],
]);

/** Child marriage: PCMA, CMPO, being married young. */
export const CHILD_MARRIAGE = weighted([
  ['چائلڈ میرج', 7], ['चाइल्ड मैरिज', 7], ['child marriage', 7], ['child marriages', 7], ['child bride', 7], ['underage marriage', 7], ['early marriage', 5],
  ['bal vivah', 7], ['baal vivah', 7], ['bal vivaah', 7], ['बाल विवाह', 7], ['کم عمری کی شادی', 7], ['کم عمر', 4], ['کم عمری', 5], ['कम उम्र का', 5], ['कम उम्र की', 5],
  ['kam umar', 5], ['kam umr', 5], ['kam umra', 5], ['choti umar', 5], ['chhoti umar', 5], ['कम उम्र', 5], ['छोटी उम्र', 5],
  ['بچپن کی شادی', 7], ['बचपन की शादी', 7], ['nabalig ki shadi', 7], ['नाबालिग की शादी', 7], ['نابالغ کی شادی', 7],
  ['pcma', 7], ['cmpo', 7], ['prohibition officer', 6], ['marriage prohibition', 6], ['निषेध', 4], ['प्रतिषेध', 4],
  ['married off', 4], ['marry off', 4], ['marry me off', 4], ['forced to marry', 4], ['forcing me to marry', 4],
  ['force me to marry', 4], ['forced marriage', 3], ['zabardasti shadi', 4], ['zabardasti + shadi', 3],
  ['जबरदस्ती + शादी', 3], ['زبردستی + شادی', 3], ['age of marriage', 5], ['marriage age', 5], ['age + marri*', 3],
  ['legal + marri*', 3], ['umar + shadi', 4], ['umr + shadi', 4], ['उम्र + शादी', 4], ['عمر + شادی', 4],
  ['18 + marri*', 3], ['21 + marri*', 3], ['18 + shadi', 3], ['21 + shadi', 3], ['annul*', 2], ['voidable', 3],
  ['balika vadhu', 7], ['marital', -3], ['matrimonial', -3], ['बालिका वधू', 7], ['بالیکا ودھو', 7], ['bal vivah mukt', 7], ['shadi rok*', 4], ['शादी रोक*', 4], ['شادی روک*', 4], ['stop + wedding', 3],
  // Undoing a marriage made young: cancel, void, "radd".
  ['cancel + shadi', 3], ['cancel + shaadi', 3], ['cancel + marriage', 3], ['cancel + nikah', 3], ['radd', 2], ['रद्द', 2], ['منسوخ', 2],
  ['khatam karwa*', 1.5], ['void', 2], ['invalid', 2],
]);
