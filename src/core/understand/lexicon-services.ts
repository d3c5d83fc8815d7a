import { weighted } from './matcher.js';

/** One Stop Centre / Sakhi centre / shelter / "where can I go". A named district adds weight in topic.ts. */
export const OSC = weighted([
  ['one place', 4], ['ek hi jagah', 5], ['एक ही जगह', 5], ['ایک ہی جگہ', 5], ['अल्पावास', 5], ['alpavas', 5], ['short stay home', 5],
  ['wan stap', 6], ['one stop', 6], ['one stop centre', 3], ['one stop center', 3], ['onestop', 6], ['one-stop', 6], ['=osc', 6], ['sakhi', 6], ['sakhee', 6], ['सखी', 6], ['سخی', 6],
  ['वन स्टॉप', 6], ['वन स्टाप', 6], ['ون اسٹاپ', 6], ['ون سٹاپ', 6], ['ون اسٹاپ', 6],
  ['go to the centre', 3], ['swadhar', 5], ['स्वाधार', 5], ['سوادھار', 5], ['shelter', 4], ['शेल्टर', 4], ['شیلٹر', 4], ['कहाँ रुकूँ', 4], ['कहां रुकूं', 4], ['kahan rukun', 4], ['kaha rukun', 4], ['کہاں رکوں', 4], ['rukne ki jagah', 4], ['kahi rukne', 3], ['रुकने की जगह', 4], ['رکنے کی جگہ', 4], ['ashray', 4], ['aashray', 4], ['asray', 4], ['आश्रय', 4], ['panah', 4], ['panaah', 4],
  ['پناہ', 4], ['پناہ گاہ', 5], ['safe place', 4], ['safe house', 4], ['safe home', 3], ['surakshit jagah', 4],
  ['सुरक्षित जगह', 4], ['محفوظ جگہ', 4], ['mehfooz jagah', 4], ['mahfooz jagah', 4], ['rehne ki jagah', 4],
  ['rahne ki jagah', 4], ['रहने + जगह', 4], ['رہنے + جگہ', 4], ['place to stay', 4], ['nowhere to go', 4],
  ['where can i go', 4], ['kahan rahegi', 4], ['kahan jayegi', 4], ['कहाँ जाएगी', 4], ['कहां जाएगी', 4], ['کہاں جائے گی', 4], ['کہاں رہے گی', 4], ['where can i stay', 4], ['kahan reh sakti', 4], ['कहाँ रह सकती', 4], ['कहां रह सकती', 4], ['کہاں رہ سکتی', 4], ['kahan rahungi', 4], ['कहां रहूंगी', 4], ['कहाँ रहूँगी', 4], ['کہاں رہوں گی', 4], ['where can + go', 3], ['where do i go', 4], ['where should i go', 4], ['kahan jaun', 4], ['kaha jau', 4],
  ['kahan jaaun', 4], ['कहाँ जाऊं', 4], ['کہاں جاؤں', 4], ['stay tonight', 3], ['tonight', 1], ['centre', 2],
  ['center', 2], ['centr', 2], ['kendra', 2.5], ['kendr', 2.5], ['केंद्र', 2.5], ['केन्द्र', 2.5], ['सेंटर', 2], ['सेन्टर', 2],
  ['سینٹر', 2], ['سنٹر', 2], ['مرکز', 2.5], ['markaz', 2.5], ['nearest', 1.5], ['near me', 1.5], ['nearby', 1.5],
  ['address', 1], ['nazdeek', 1.5], ['najdik', 1.5], ['नजदीक', 1.5], ['पास में', 1], ['قریب', 1.5], ['nari niketan', 4],
  ['women home', 2], ['hostel', 2], ['where + stay', 3], ['stay + few days', 3], ['left home', 2], ['place to hide', 4], ['hide', 2], ['chhupne', 3], ['छुपने', 3], ['چھپنے', 3], ['ran away', 2],
  ['ghar chhod*', 2], ['rukne', 2.5], ['rukna', 2.5], ['रुकने', 2.5], ['रुकना', 2.5], ['ٹھہرنے', 2.5], ['rehne', 1.5],
  ['रहने', 1.5], ['رہنے', 1.5], ['jagah', 1.5], ['जगह', 1.5], ['جگہ', 1.5], ['stay', 1.5], ['sleep', 1],
]);

/** A human: counsellor, someone to talk to. Self-harm messages also land here (topic.ts). */
export const COUNSELLOR = weighted([
  ['kaunslar', 6], ['counslar', 6], ['counsellor', 6], ['counselor', 6], ['counseling', 5], ['counselling', 5], ['counsel*', 4],
  ['councellor', 6], ['councelor', 6], ['salahkar', 5], ['salahkaar', 5], ['paramarsh*', 5], ['काउंसलर', 6],
  ['काउन्सलर', 6], ['सलाहकार', 5], ['परामर्श*', 5], ['کونسلر', 6], ['کاؤنسلر', 6], ['مشیر', 4], ['کونسلنگ', 5],
  ['talk + someone', 4], ['talk + somebody', 4], ['talk + person', 4], ['talk + human', 5], ['speak + someone', 4],
  ['speak + person', 4], ['speak + human', 5], ['chat + human', 5], ['chat + person', 4], ['chat + counsel*', 5],
  ['real person', 5], ['human', 3], ['a person', 2], ['someone to talk', 5], ['talk to me', 3], ['call me', 4], ['call back', 4], ['callback', 4], ['phone me', 4], ['agent', 2],
  ['baat + kisi', 4], ['baat + insaan', 5], ['baat + insan', 5], ['baat + koi', 3], ['insaan', 3], ['insan', 3],
  ['बात + किसी', 4], ['बात + इंसान', 5], ['बात + कोई', 3], ['इंसान', 3], ['بات + کسی', 4], ['بات + انسان', 5],
  ['بات + کوئی', 3], ['انسان', 3], ['=baat', 1], ['=bat', 0.5], ['बात', 1], ['بات', 1], ['talk', 1.5], ['speak', 1],
  ['lonely', 2], ['alone', 2], ['akeli', 2], ['akela', 2], ['अकेली', 2], ['अकेला', 2], ['اکیلی', 2], ['اکیلا', 2],
  ['depress*', 2], ['hopeless', 2], ['sad', 1.5], ['udaas', 2.5], ['उदास', 2.5], ['اداس', 2.5], ['anxiety', 2],
  ['suicide', 5], ['suicidal', 5], ['kill herself', 5], ['kill himself', 5], ['kill myself', 5], ['khudkushi', 5],
  ['khudkhushi', 5], ['aatmhatya', 5], ['atmahatya', 5], ['आत्महत्या', 5], ['खुदकुशी', 5], ['خودکشی', 5],
  ['self harm', 5], ['selfharm', 5], ['mental health', 3], ['emotional support', 4], ['need support', 3], ['listen to me', 3], ['sun lo', 2],
  // Someone to listen; a heavy heart, crying, no sleep.
  ['listen', 3], ['sunne wala', 4], ['sunne wali', 4], ['सुनने वाला', 4], ['सुनने वाली', 4], ['سننے والا', 4], ['سننے والی', 4],
  ['baat karne wala', 4], ['baat karne wali', 4], ['बात करने वाला', 4], ['बात करने वाली', 4], ['بات کرنے والا', 4], ['بات کرنے والی', 4],
  ['samjhane wala', 4], ['samjhane wali', 4], ['समझाने वाला', 4], ['समझाने वाली', 4], ['سمجھانے والا', 4], ['سمجھانے والی', 4],
  ['bhool nahi paati', 2], ['भूल नहीं पाती', 2], ['بھول نہیں پاتی', 2], ['neend nahi', 2], ['think about dying', 4], ['felt like dying', 4], ['marne ka khayal', 4], ['मरने का ख्याल', 4], ['مرنے کا خیال', 4], ['tried to end', 4],
  ['end her life', 4], ['jaan dene', 4], ['जान देने', 4], ['جان دینے', 4], ['suicide try', 4], ['अकेलापन', 3], ['akelapan', 3], ['اکیلا پن', 3], ['اکیلاپن', 3], ['loneliness', 3], ['overdose*', 4], ['goliyan khai', 4], ['गोलियाँ खाई', 4], ['गोलियां खाई', 4], ['گولیاں کھائی', 4],
  ['nas kaati', 4], ['नस काटी', 4], ['نس کاٹی', 4], ['cant stop crying', 4], ['ghabra raha', 3], ['घबरा रहा', 3], ['گھبرا رہا', 3], ['marne ka socha', 4], ['मरने का सोचा', 4], ['مرنے کا سوچا', 4], ['dil halka', 4], ['दिल हल्का', 4], ['دل ہلکا', 4], ['haath kaat*', 4], ['हाथ काट*', 4], ['ہاتھ کاٹ*', 4], ['mar jaun', 3], ['mar jaaun', 3], ['मर जाऊं', 3], ['मर जाऊँ', 3], ['مر جاؤں', 3], ['thinking about dying', 4], ['thoughts of dying', 4], ['marne ka man', 4],
  ['marne ka mann', 4], ['मरने का मन', 4], ['مرنے کا دل', 4], ['مرنے کو دل', 4], ['دل کا حال', 4], ['dil ka haal', 4], ['दिल का हाल', 4], ['کسی سے کہنا', 3], ['cut myself', 4], ['cutting myself', 4], ['काउंसलिंग', 5], ['کاؤنسلنگ', 5], ['sadme', 2], ['सदमे', 2], ['صدمے', 2], ['trauma', 3], ['feeling low', 3], ['feeling very low', 3], ['feel low', 3], ['pareshan hu', 4], ['pareshan hoon', 4],
  ['परेशान हूँ', 4], ['परेशान हूं', 4], ['پریشان ہوں', 4], ['मानसिक तनाव', 4], ['तनाव', 2.5], ['tanav', 2.5], ['tension', 2], ['stress', 2], ['ذہنی دباؤ', 4], ['ذہنی تناؤ', 4],
  ['دباؤ', 2], ['تناؤ', 2.5], ['ماہر نفسیات', 5], ['psychologist', 5], ['psychiatrist', 5], ['मनोवैज्ञानिक', 5], ['मनोचिकित्सक', 5],
  ['सलाह चाहिए', 2], ['salah chahiye', 2], ['مشورہ چاہیے', 2], ['mann udaas', 3], ['man udaas', 3], ['mann udas', 3], ['मन उदास', 3], ['دل اداس', 3], ['नींद नहीं', 2], ['نیند نہیں', 2], ['sun le', 3], ['सुन ले', 3], ['सुन लो', 3], ['سن لے', 3], ['سن لو', 3], ['crying', 1], ['keep crying', 3], ['rona aata', 3],
  ['my fault', 3], ['not a bot', 4], ['real woman', 4], ['falling apart', 4], ['dont know what to do anymore', 4], ['apne aap ko kaat', 4], ['khud ko kaat', 4], ['खुद को काट', 4], ['اپنے آپ کو کاٹ', 4],
  ['school counsellor', -6], ['cut herself', 4], ['cutting herself', 4], ['chup chup', 3], ['चुप चुप', 3], ['چپ چپ', 3], ['blaming myself', 4], ['blame myself', 4], ['khud ko dosh', 4], ['खुद को दोष', 4], ['خود کو الزام', 4], ['bura lag raha', 3], ['बुरा लग रहा', 3],
  ['برا لگ رہا', 3], ['tired of everything', 4], ['going crazy', 4], ['pagal ho jaungi', 4], ['पागल हो जाऊंगी', 4], ['टूट चुकी', 4], ['toot chuki', 4], ['ٹوٹ چکی', 4],
  ['dil + pareshan', 4], ['दिल + परेशान', 4], ['دل + پریشان', 4], ['सुनने आला', 4], ['nightmare*', 3], ['रोना आता', 3], ['رونا آتا', 3], ['cant sleep', 2], ['crying', 2], ['feel like crying', 3], ['dil toot', 3], ['दिल टूट', 3], ['دل ٹوٹ', 3],
  ['wanted to share', 3], ['just wanted to talk', 3], ['panic attack*', 4], ['depression', 3], ['डिप्रेशन', 3], ['ڈپریشن', 3], ['man bhari', 3], ['mann bhari', 3], ['मन भारी', 3], ['मन बहुत भारी', 3],
  ['dil bhari', 3], ['دل بھاری', 3], ['دل بہت بھاری', 3], ['ghabrata', 2], ['घबराता', 2], ['گھبراتا', 2], ['dil ghabra*', 2],
]);

/** Numbers: 181, 112, 1098, 14416, police. */
export const HELPLINE = weighted([
  ['helpline', 6], ['help line', 6], ['हेल्पलाइन', 6], ['ہیلپ لائن', 6], ['ہیلپلائن', 6],
  ['=181', 6], ['=112', 6], ['=1098', 6], ['=14416', 6], ['=100', 3], ['=1091', 5], ['childline', 6],
  ['child line', 6], ['चाइल्डलाइन', 6], ['चाइल्ड लाइन', 6], ['چائلڈ لائن', 6], ['tele manas', 6], ['telemanas', 6],
  ['emergency number*', 6], ['number*', 3], ['numbr', 3], ['no.', 1], ['नंबर', 3], ['नम्बर', 3], ['نمبر', 3],
  ['call', 1.5], ['phone', 1.5], ['फोन', 1.5], ['فون', 1.5], ['police', 1.5], ['पुलिस', 1.5], ['پولیس', 1.5],
  ['emergency', 2], ['ambulance', 2], ['dial', 2], ['toll free', 3], ['whom to call', 3], ['who to call', 3],
  ['whom do i call', 3], ['who do i call', 3], ['who should i call', 3], ['whom should i call', 3], ['kis ko phone', 3], ['kisko phone', 3],
  ['kis ko call', 3], ['kisko call', 3], ['किसको फोन', 3], ['किस को फोन', 3], ['किसको फ़ोन', 3], ['کس کو فون', 3], ['کسے فون', 3],
]);

/** Free legal help, DLSA, lawyer. */
export const LEGAL_AID = weighted([
  ['लीगल एड', 6], ['लीगल', 4], ['لیگل سروسز', 6], ['legal services authority', 6], ['lawyer', 6], ['need a lawyer', 3], ['advocate', 6], ['vakil', 6], ['vakeel', 6], ['wakil', 6], ['wakeel', 6],
  ['वकील', 6], ['وکیل', 6], ['legal aid', 6], ['legal help', 6], ['legal services', 6], ['legal advice', 5],
  ['legal support', 6], ['adalat ka kharcha', 6], ['court ka kharcha', 6], ['अदालत का खर्च', 6], ['عدالت کا خرچ', 6],
  ['قانونی خدمات', 6], ['ضلعی قانونی', 7], ['जिला विधिक', 7], ['case kaise karu', 3], ['केस कैसे', 3], ['کیس کیسے', 3], ['مقدمہ', 3], ['muqadma', 3], ['मुकदमा', 3], ['मुक़दमा', 3], ['case ladne', 4], ['case larne', 4], ['केस लड़ने', 4], ['کیس لڑنے', 4], ['=15100', 7], ['dlsa', 7], ['डीएलएसए', 7], ['ڈی ایل ایس اے', 7], ['nalsa', 7], ['legal services authority', 7], ['kanooni madad', 6],
  ['kanuni madad', 6], ['qanooni madad', 6], ['kanooni sahayata', 6], ['kanuni sahayta', 6], ['कानूनी मदद', 6],
  ['कानूनी सहायता', 6], ['विधिक सेवा', 7], ['قانونی مدد', 6], ['قانونی امداد', 6], ['لیگل', 4], ['free + legal', 3],
  ['muft + kanooni', 3], ['मुफ्त + कानूनी', 3], ['مفت + قانونی', 3], ['afford', 2], ['fees', 2], ['fee', 2],
  ['फीस', 2], ['فیس', 2], ['free help', 2], ['muft', 1], ['मुफ्त', 1], ['مفت', 1], ['free', 1], ['court case', 2],
  ['file a case', 1.5], ['case + court', 1], ['free lawyer', 4], ['paralegal', 6], ['lok adalat', 5], ['लोक अदालत', 5], ['لوک عدالت', 5], ['khula', 3], ['خلع', 3], ['through court', 3], ['witness', 3], ['para legal', 6], ['=plv', 5], ['divorce', 2.5], ['talaq ka case', 3], ['तलाक का केस', 3], ['तलाक़ का केस', 3], ['طلاق کا کیس', 3], ['court me', 2], ['कोर्ट में', 2], ['کورٹ میں', 2], ['pay + lawyer', 4], ['lawyer + fee*', 3], ['vakil + paise', 4], ['वकील + पैसे', 4], ['وکیل + پیسے', 4], ['hearing', 2], ['sunwai', 2], ['सुनवाई', 2], ['سماعت', 2], ['munsif*', 3], ['need + lawyer', 2],
  // How to complain to the police and what proof it takes (not "fir" alone: it is also "phir", again).
  ['fir kaise', 3], ['fir likh*', 3], ['fir darj', 3], ['file fir', 3], ['file an fir', 3], ['एफआईआर', 3], ['fir कैसे', 3], ['ایف آئی آر', 3],
  ['police complaint', 3], ['police me shikayat', 3], ['पुलिस में शिकायत', 3], ['پولیس میں شکایت', 3], ['شکایت پولیس', 3],
  ['saboot', 2], ['sabut', 2], ['सबूत', 2], ['ثبوت', 2], ['evidence', 2], ['proof', 2],
]);
