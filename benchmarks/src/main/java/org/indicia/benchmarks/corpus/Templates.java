package org.indicia.benchmarks.corpus;

import java.util.Map;

/**
 * Hand-written sentence templates and slot vocabularies for the synthetic corpus, written for this
 * project. {@code {slot}} is replaced by a random entry of that slot's list; {@code {phone}},
 * {@code {company}} and {@code {hours}} are built by {@link CorpusGenerator}.
 *
 * <p>Cue sentences paraphrase the indicators in {@code shared/reference/indicators.md} (fees,
 * documents kept, no days off, debts, "new in town", third-party control); no sentence is taken
 * from real ads.
 */
final class Templates {

  private Templates() {}

  // ---------------------------------------------------------------- English vocabulary
  static final Map<String, String[]> EN_SLOTS =
      Map.ofEntries(
          Map.entry(
              "role",
              new String[] {
                "warehouse operative",
                "care assistant",
                "kitchen porter",
                "line cook",
                "cleaner",
                "housekeeper",
                "fruit picker",
                "farm worker",
                "delivery driver",
                "forklift driver",
                "security guard",
                "receptionist",
                "sales associate",
                "customer service advisor",
                "nanny",
                "au pair",
                "hotel housekeeper",
                "waiter",
                "waitress",
                "bartender",
                "construction labourer",
                "painter and decorator",
                "electrician",
                "plumber",
                "welder",
                "machine operator",
                "packer",
                "nail technician",
                "massage therapist",
                "beautician",
                "hairdresser",
                "data entry clerk",
                "software developer",
                "accountant",
                "nurse",
                "healthcare assistant",
                "fishing crew member",
                "meat processing operative",
                "car wash attendant",
                "dog walker",
                "gardener",
                "landscaper",
                "removals porter",
                "domestic helper",
                "cook",
                "dishwasher",
                "barista",
                "shop assistant",
                "promotional model",
                "dancer",
                "hostess",
                "call centre agent",
                "teaching assistant",
                "private tutor",
                "translator",
                "store manager",
                "payroll officer",
                "marketing coordinator",
                "truck driver",
                "scaffolder",
                "roofer",
                "carpenter",
                "mechanic",
                "baker",
                "butcher",
                "chef"
              }),
          Map.entry(
              "city",
              new String[] {
                "London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Liverpool",
                "Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Winnipeg", "Halifax",
                "Dublin", "Cork", "New York", "Chicago", "Houston", "Miami", "Los Angeles",
                "Atlanta", "Seattle", "Dubai", "Doha", "Kuala Lumpur", "Sydney", "Auckland",
                "Brussels", "Amsterdam", "Berlin", "Madrid", "Lisbon", "Warsaw", "Bucharest"
              }),
          Map.entry(
              "country",
              new String[] {
                "Canada",
                "the UK",
                "Ireland",
                "Dubai",
                "Qatar",
                "Malaysia",
                "Poland",
                "Italy",
                "Spain",
                "Germany",
                "Australia",
                "the United States",
                "Saudi Arabia",
                "Japan",
                "New Zealand",
                "Norway"
              }),
          Map.entry(
              "sector",
              new String[] {
                "hospitality",
                "logistics",
                "healthcare",
                "agriculture",
                "construction",
                "retail",
                "cleaning",
                "manufacturing",
                "food processing",
                "domestic work",
                "beauty",
                "security",
                "transport",
                "software",
                "finance",
                "education",
                "events"
              }),
          Map.entry(
              "skill",
              new String[] {
                "good communication skills",
                "attention to detail",
                "a valid driving licence",
                "basic English",
                "experience with Microsoft Excel",
                "a food hygiene certificate",
                "the ability to lift heavy boxes",
                "a positive attitude",
                "strong teamwork",
                "good time management",
                "first aid training",
                "a clean background check",
                "fluency in French",
                "customer service experience",
                "a forklift licence",
                "knowledge of Java and SQL",
                "a friendly personality",
                "a smart appearance",
                "physical fitness",
                "numeracy skills",
                "a caring nature",
                "problem solving skills"
              }),
          Map.entry(
              "benefit",
              new String[] {
                "paid holidays",
                "a pension scheme",
                "free parking",
                "staff discounts",
                "ongoing training",
                "private health insurance",
                "overtime at time and a half",
                "a uniform provided",
                "free meals on shift",
                "career progression",
                "a company phone",
                "flexible hours",
                "a cycle to work scheme",
                "an employee assistance programme",
                "a yearly bonus",
                "a company car",
                "weekly pay",
                "tips shared fairly",
                "subsidised travel",
                "a birthday day off"
              }),
          Map.entry(
              "wage",
              new String[] {
                "£11.50 per hour", "£12.20 an hour", "$18 an hour", "$22.50 per hour",
                "€2,100 per month", "€2,500 per month", "$4,000 a month", "£600 per week",
                "£28,000 a year", "$52,000 per year", "CAD 19 per hour", "£13 per hour plus tips",
                "a competitive salary", "the national minimum wage", "$3,200 per month"
              }),
          Map.entry(
              "bigwage",
              new String[] {
                "$8,000", "$9,500", "€7,000", "£6,500", "$12,000", "5,000 dollars", "10,000 euros"
              }),
          Map.entry(
              "fee",
              new String[] {
                "$500", "$1,200", "£800", "€1,500", "3,000 dollars", "$350", "£250", "$2,000"
              }),
          Map.entry(
              "rate",
              new String[] {
                "$150", "$200", "$250", "$300", "£120", "£160", "£200", "€150", "€250"
              }),
          Map.entry(
              "name",
              new String[] {
                "Anna", "Maria", "Sophie", "Lisa", "Jenny", "Natasha", "Kim", "Lily", "Chloe",
                "Mike", "David", "John", "Ahmed", "Peter", "Sam", "Grace", "Tom", "Sarah",
                "Olivia", "James"
              }),
          Map.entry(
              "day",
              new String[] {
                "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
              }),
          Map.entry(
              "start",
              new String[] {
                "immediately",
                "next week",
                "on Monday",
                "as soon as possible",
                "in January",
                "in the spring",
                "at the end of the month",
                "this weekend"
              }),
          Map.entry("years", new String[] {"one", "two", "three", "five", "several"}),
          Map.entry("age", new String[] {"19", "20", "21", "22", "23", "24", "25"}),
          Map.entry(
              "hours",
              new String[] {
                "Monday to Friday, 9am to 5pm", "40 hours per week", "shifts of 12 hours",
                "early and late shifts", "weekends on a rota", "part time, 20 hours per week",
                "nights, 10pm to 6am", "four days on, four days off", "a 37.5 hour week",
                "flexible shifts to suit you"
              }),
          Map.entry(
              "brand",
              new String[] {
                "Northgate",
                "Bluebell",
                "Summit",
                "Greenfield",
                "Harbour",
                "Oakridge",
                "Silverline",
                "Riverside",
                "Crown",
                "Atlas",
                "Pioneer",
                "Evergreen",
                "Maple",
                "Lakeside",
                "Sterling",
                "Beacon",
                "Highland",
                "Westbrook",
                "Fairview",
                "Redwood"
              }),
          Map.entry(
              "kind",
              new String[] {
                "Logistics", "Care Services", "Recruitment", "Hospitality Group", "Facilities Ltd",
                "Foods", "Staffing Solutions", "Cleaning Co", "Construction", "Solutions Inc",
                "Agency", "Partners", "Farms", "Hotels", "Healthcare"
              }));

  static final String[] EN_TITLE = {
    "{role} wanted in {city}",
    "Hiring now: {role} ({city})",
    "{role} - full time - {city}",
    "Experienced {role} needed",
    "Urgent: {role} for {company}",
    "{role} / {role} - immediate start",
    "Job offer: {role} in {country}",
    "{company} is hiring a {role}"
  };

  static final String[] EN_INTRO = {
    "{company} is a growing {sector} business based in {city}.",
    "We are {company}, a family-run {sector} employer with sites across {city} and the"
        + " surrounding area.",
    "{company} is looking for a reliable {role} to join our friendly team in {city}.",
    "Founded over twenty years ago, {company} supplies staff to the {sector} industry.",
    "Our client, a well-known {sector} company in {city}, is recruiting now.",
    "Join {company} and help us deliver excellent service to our customers every day.",
    "We are currently expanding and need a {role} to start {start}.",
    "This is an exciting opportunity for a motivated {role} who wants to grow with us.",
    "{company} has been named one of the best places to work in {sector} this year.",
    "We believe in treating our people well and we are proud of our low staff turnover.",
    "Our team in {city} serves hundreds of customers a week and we need extra help.",
    "Are you looking for a new challenge in {sector}? Read on."
  };

  static final String[] EN_DUTIES = {
    "As a {role} you will be responsible for daily tasks on site.",
    "You will prepare orders, check stock levels and keep the work area clean and safe.",
    "Duties include greeting customers, answering the phone and handling bookings.",
    "You will work closely with the team leader and follow health and safety procedures.",
    "Loading and unloading vehicles, scanning parcels and packing boxes for dispatch.",
    "Supporting residents with personal care, meals and daily activities.",
    "Cleaning rooms, changing beds and restocking supplies to a high standard.",
    "Operating machinery on the production line and reporting any faults to the supervisor.",
    "Picking and packing fruit and vegetables in the fields and in the packhouse.",
    "Preparing food, washing dishes and keeping the kitchen spotless.",
    "Driving the company van to deliver goods to shops and homes across {city}.",
    "Keeping accurate records and updating the system at the end of each shift.",
    "Helping to train new starters and sharing good practice with the team.",
    "Serving food and drinks, taking payments and keeping the bar tidy.",
    "Looking after two children after school, helping with homework and light housework.",
    "Building and maintaining web services and writing clear documentation.",
    "Processing invoices, reconciling accounts and preparing monthly reports.",
    "Setting up equipment for events and taking it down at the end of the night.",
    "Checking the quality of finished products before they leave the factory.",
    "Answering customer questions by phone, e-mail and live chat."
  };

  static final String[] EN_REQUIREMENTS = {
    "The ideal candidate will have {skill} and {skill}.",
    "You must have the right to work in {country}.",
    "At least {years} years of experience as a {role} is preferred but not essential.",
    "We welcome applicants with {skill}; full training is given.",
    "No experience needed, just {skill} and a willingness to learn.",
    "Candidates must be over 18 and able to work flexible hours.",
    "You should be punctual, reliable and able to work under pressure.",
    "A background check will be carried out before you start.",
    "You will need your own transport as the site is not on a bus route.",
    "Previous experience in {sector} would be an advantage.",
    "You will be asked to show proof of your right to work at the interview.",
    "Good spoken English is required for this customer facing role."
  };

  static final String[] EN_CONDITIONS = {
    "The salary is {wage}, paid every two weeks by bank transfer.",
    "Working hours are {hours}.",
    "This is a full time, permanent position with {hours}.",
    "Pay: {wage} depending on experience.",
    "Temporary contract for six months with the possibility of extension.",
    "You will receive a written contract and a payslip every month.",
    "Holiday entitlement is 28 days including bank holidays.",
    "Start date: {start}. Hours: {hours}.",
    "Pay rises after a successful probation period of three months."
  };

  static final String[] EN_BENEFITS = {
    "We offer {benefit}, {benefit} and {benefit}.",
    "Benefits include {benefit} and {benefit}.",
    "You will enjoy {benefit} from your first day.",
    "On top of your salary you get {benefit}.",
    "Our staff also value {benefit} and {benefit}."
  };

  static final String[] EN_APPLY = {
    "To apply, send your CV to the hiring team or call {name} on {phone}.",
    "Please apply online with your CV and a short cover letter.",
    "Interviews will take place in {city} next {day}.",
    "Contact {name} on {phone} for more information.",
    "Only shortlisted candidates will be contacted.",
    "We are an equal opportunities employer and welcome applications from everyone.",
    "Closing date for applications is next {day}.",
    "Questions? Call our office on {phone} between 9am and 5pm."
  };

  static final String[] EN_JOB_CUES = {
    "We keep your passport safe during the contract.",
    "A recruitment fee of {fee} must be paid before you travel.",
    "Accommodation and transport are deducted from your wages.",
    "No days off during the first three months.",
    "You will work 7 days a week, 14 hours a day.",
    "Free flight and visa provided, no experience needed, start {start}.",
    "Your salary will be paid at the end of the contract.",
    "Workers live on site and cannot leave the farm without permission.",
    "The agency will hold your ID card until your debt is repaid.",
    "Send a copy of your passport and bank details by WhatsApp only.",
    "Earn {bigwage} per month with no experience, urgent, only a few places left.",
    "Travel costs are an advance that you repay from your first salary.",
    "Do not tell your family about the job until you arrive.",
    "Workers who complain will be sent home at their own cost.",
    "The employer keeps your work permit and your bank card.",
    "You must pay a placement fee of {fee} to secure your job."
  };

  static final String[] EN_ESCORT = {
    "Hi gentlemen, I am {name}, a sweet and friendly girl visiting {city}.",
    "Relaxing massage in a clean and discreet apartment near {city} centre.",
    "Sexy {name}, {age} years young, available now.",
    "Incall and outcall, day and night.",
    "Rates: {rate} for half an hour, {rate} for one hour.",
    "No rush, real photos, genuine and friendly.",
    "Text only, no private numbers.",
    "Call or text {phone}.",
    "Available for dinner dates and travel.",
    "Clean, safe and discreet location with free parking.",
    "Open minded and easy going, I love to meet new people.",
    "Professional massage therapist offering deep tissue and hot stone massage.",
    "Gentlemen only, respect is a must.",
    "Upscale companion for the discerning gentleman."
  };

  static final String[] EN_ESCORT_CUES = {
    "New in town for a few days only, {name} is waiting for you.",
    "New girls every week, young and fresh.",
    "My girls are available all night, ask for the menu.",
    "Just arrived from abroad, speaks little English.",
    "Text only, WhatsApp {phone}, no calls.",
    "Petite and very young looking, new to the business.",
    "Ask for Mama {name} to book.",
    "Touring {city} this week only, then moving on."
  };

  static final String[] EN_MESSAGE = {
    "Hi {name}, I saw your profile and I have a job for you in {country}.",
    "The pay is very good, {bigwage} a month, and the boss pays for the flight.",
    "You just need to pay {fee} for the visa processing.",
    "Send me a photo of your passport so I can start the papers.",
    "Many girls from your town already work there and they are happy.",
    "The work is easy, in a restaurant or a hotel, you will see when you arrive.",
    "Do not worry about the language, we will help you.",
    "Call me on {phone} tonight, the places are going fast.",
    "Hello, thank you for your interest in the {role} position.",
    "We would like to invite you to an interview next {day} in {city}.",
    "Please bring your CV and two references.",
    "Let me know if this time works for you."
  };

  // ---------------------------------------------------------------- French vocabulary
  static final Map<String, String[]> FR_SLOTS =
      Map.ofEntries(
          Map.entry(
              "role",
              new String[] {
                "préparateur de commandes",
                "agent d'entretien",
                "aide-soignant",
                "plongeur",
                "commis de cuisine",
                "cuisinier",
                "femme de chambre",
                "valet de chambre",
                "saisonnier agricole",
                "ouvrier viticole",
                "chauffeur livreur",
                "cariste",
                "agent de sécurité",
                "réceptionniste",
                "vendeur",
                "conseiller clientèle",
                "garde d'enfants",
                "assistante maternelle",
                "serveur",
                "serveuse",
                "barman",
                "manœuvre du bâtiment",
                "peintre en bâtiment",
                "électricien",
                "plombier",
                "soudeur",
                "opérateur de production",
                "manutentionnaire",
                "esthéticienne",
                "prothésiste ongulaire",
                "coiffeur",
                "masseuse",
                "employé administratif",
                "développeur Java",
                "comptable",
                "infirmier",
                "auxiliaire de vie",
                "marin pêcheur",
                "opérateur en abattoir",
                "laveur de voitures",
                "jardinier",
                "paysagiste",
                "déménageur",
                "employé de maison",
                "boulanger",
                "boucher",
                "hôtesse d'accueil",
                "téléconseiller",
                "animateur",
                "maçon",
                "couvreur",
                "mécanicien",
                "chef de rang",
                "employé polyvalent",
                "technicien de maintenance"
              }),
          Map.entry(
              "city",
              new String[] {
                "Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg",
                "Montpellier", "Bordeaux", "Lille", "Rennes", "Reims", "Dijon", "Angers",
                "Grenoble", "Montréal", "Québec", "Bruxelles", "Liège", "Genève", "Lausanne",
                "Casablanca", "Dakar", "Abidjan", "Luxembourg"
              }),
          Map.entry(
              "country",
              new String[] {
                "Canada",
                "Belgique",
                "Suisse",
                "France",
                "Espagne",
                "Italie",
                "Allemagne",
                "Dubaï",
                "Qatar",
                "Arabie saoudite",
                "Pologne",
                "Portugal",
                "Luxembourg"
              }),
          Map.entry(
              "sector",
              new String[] {
                "l'hôtellerie", "la restauration", "la logistique", "l'agriculture",
                "le bâtiment", "la grande distribution", "la propreté", "l'industrie",
                "l'agroalimentaire", "l'aide à domicile", "la santé", "la sécurité",
                "le transport", "l'informatique", "l'événementiel"
              }),
          Map.entry(
              "skill",
              new String[] {
                "le sens du service",
                "une bonne présentation",
                "le permis B",
                "le goût du travail en équipe",
                "une première expérience en cuisine",
                "le CACES 1, 3 et 5",
                "une bonne condition physique",
                "de la rigueur",
                "de l'autonomie",
                "une maîtrise d'Excel",
                "le sens de l'organisation",
                "une bonne orthographe",
                "des connaissances en hygiène alimentaire",
                "de la patience",
                "une aisance relationnelle",
                "l'anglais courant"
              }),
          Map.entry(
              "benefit",
              new String[] {
                "des tickets restaurant",
                "une mutuelle d'entreprise",
                "le remboursement du" + " transport à 50 %",
                "des primes d'assiduité",
                "un treizième mois",
                "une formation continue",
                "une tenue de travail fournie",
                "les repas offerts",
                "des possibilités d'évolution",
                "un comité d'entreprise",
                "des horaires souples",
                "une prime de fin d'année",
                "un véhicule de service",
                "la participation aux" + " bénéfices",
                "des congés payés"
              }),
          Map.entry(
              "wage",
              new String[] {
                "11,88 € brut de l'heure", "1 801 € brut par mois", "2 000 € brut mensuel",
                "2 300 € net par mois", "le SMIC", "entre 24 000 et 28 000 € par an",
                "12,50 € de l'heure", "1 900 € brut sur 13 mois", "35 000 € annuels",
                "2 600 € brut selon profil", "selon la convention collective"
              }),
          Map.entry(
              "bigwage",
              new String[] {"5 000 €", "6 500 €", "7 000 euros", "8 000 €", "10 000 euros"}),
          Map.entry(
              "fee", new String[] {"500 €", "800 €", "1 200 €", "1 500 euros", "300 €", "2 000 €"}),
          Map.entry("rate", new String[] {"100 €", "150 €", "200 €", "250 €", "300 €"}),
          Map.entry(
              "name",
              new String[] {
                "Camille",
                "Léa",
                "Manon",
                "Chloé",
                "Inès",
                "Sarah",
                "Julie",
                "Amandine",
                "Nathalie",
                "Karim",
                "Julien",
                "Mathieu",
                "Nicolas",
                "Sophie",
                "Thomas",
                "Fatou",
                "Aïcha",
                "Lucas"
              }),
          Map.entry(
              "day", new String[] {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}),
          Map.entry(
              "start",
              new String[] {
                "immédiatement",
                "dès que possible",
                "la semaine prochaine",
                "début janvier",
                "au printemps",
                "lundi prochain",
                "à la fin du mois"
              }),
          Map.entry("years", new String[] {"un", "deux", "trois", "cinq"}),
          Map.entry("age", new String[] {"19", "20", "21", "22", "23", "24", "25"}),
          Map.entry(
              "contract",
              new String[] {
                "CDI",
                "CDD de six mois",
                "CDD saisonnier",
                "intérim",
                "contrat d'apprentissage",
                "temps partiel",
                "temps plein"
              }),
          Map.entry(
              "hours",
              new String[] {
                "du lundi au vendredi, de 9 h à 17 h",
                "35 heures par semaine",
                "en horaires décalés",
                "travail le week-end par roulement",
                "de nuit",
                "temps partiel de 24 heures",
                "39 heures hebdomadaires",
                "en journée continue",
                "du mardi au samedi"
              }),
          Map.entry(
              "brand",
              new String[] {
                "Horizon", "Les Jardins", "Atlantique", "Provence", "Alpes", "Bel Air", "Azur",
                "Mistral", "Val de Loire", "Lumière", "Océane", "Normandie", "Gironde", "Bretagne"
              }),
          Map.entry(
              "kind",
              new String[] {
                "Services", "Intérim", "Propreté", "Logistique", "Restauration", "Hôtels",
                "Bâtiment", "Recrutement", "Santé", "Transports", "Conseil", "Vignobles"
              }));

  static final String[] FR_TITLE = {
    "{role} H/F - {city}",
    "Recherche {role} en {contract}",
    "Offre d'emploi : {role} à {city}",
    "{company} recrute un {role}",
    "Urgent : {role} pour {company}",
    "{role} / {role} - poste à pourvoir {start}",
    "Emploi {role} en {country}"
  };

  static final String[] FR_INTRO = {
    "{company} est une entreprise du secteur de {sector} basée à {city}.",
    "Nous recrutons un {role} pour rejoindre notre équipe à {city}.",
    "Notre client, acteur reconnu de {sector}, recherche un {role} motivé.",
    "Rejoignez {company} et participez à la croissance d'une entreprise familiale.",
    "Dans le cadre de son développement, {company} renforce ses équipes à {city}.",
    "Vous cherchez un nouveau défi dans {sector} ? Cette offre est faite pour vous.",
    "Depuis plus de vingt ans, {company} accompagne les entreprises de {sector}.",
    "Implantée à {city}, notre société compte une centaine de salariés.",
    "Nous sommes fiers de la bonne ambiance qui règne dans nos équipes.",
    "Le poste est à pourvoir {start} au sein de notre établissement de {city}."
  };

  static final String[] FR_DUTIES = {
    "Vous serez chargé de la préparation des commandes et du contrôle des stocks.",
    "Vos missions : accueil des clients, prise de rendez-vous et gestion de la caisse.",
    "Vous assurez le nettoyage des chambres et des parties communes.",
    "Vous participez à la cueillette et au conditionnement des fruits et légumes.",
    "Vous préparez les plats, faites la plonge et veillez à la propreté de la cuisine.",
    "Vous accompagnez les résidents dans les gestes de la vie quotidienne.",
    "Vous conduisez le véhicule de l'entreprise pour livrer les clients de {city}.",
    "Vous respectez les règles d'hygiène et de sécurité en vigueur.",
    "Vous réalisez le chargement et le déchargement des camions.",
    "Vous tenez à jour les tableaux de suivi et rendez compte à votre responsable.",
    "Vous conseillez les clients et assurez la mise en rayon des produits.",
    "Vous gardez deux enfants après l'école et aidez aux devoirs.",
    "Vous développez de nouvelles fonctionnalités et participez aux revues de code.",
    "Vous assurez le service en salle et l'encaissement des additions.",
    "Vous contrôlez la qualité des produits finis avant expédition.",
    "Vous participez à la formation des nouveaux arrivants."
  };

  static final String[] FR_REQUIREMENTS = {
    "Vous justifiez d'une expérience de {years} ans minimum sur un poste similaire.",
    "Débutant accepté, une formation est assurée en interne.",
    "Le permis B est obligatoire pour ce poste.",
    "Vous êtes ponctuel, rigoureux et vous aimez le travail en équipe.",
    "Une bonne maîtrise du français est demandée.",
    "Vous avez {skill} et {skill}.",
    "Nous recherchons avant tout {skill} et {skill}.",
    "Une première expérience dans {sector} serait un plus.",
    "Vous devez être autorisé à travailler en {country}.",
    "Un extrait de casier judiciaire vous sera demandé."
  };

  static final String[] FR_CONDITIONS = {
    "Contrat : {contract}, {hours}.",
    "Salaire : {wage} selon expérience.",
    "Poste à pourvoir {start}.",
    "Horaires : {hours}.",
    "Rémunération : {wage}, versée chaque fin de mois par virement.",
    "Vous recevrez un contrat écrit et une fiche de paie chaque mois.",
    "Période d'essai de deux mois renouvelable une fois."
  };

  static final String[] FR_BENEFITS = {
    "Nous proposons {benefit}, {benefit} et {benefit}.",
    "Avantages : {benefit} et {benefit}.",
    "Vous bénéficierez de {benefit} dès votre arrivée.",
    "En plus du salaire : {benefit}."
  };

  static final String[] FR_APPLY = {
    "Envoyez votre CV et votre lettre de motivation à {name} au {phone}.",
    "Candidatez en ligne, les entretiens auront lieu à {city} {day} prochain.",
    "Seules les candidatures retenues recevront une réponse.",
    "Pour plus d'informations, contactez {name} au {phone}.",
    "Tous nos postes sont ouverts aux personnes en situation de handicap.",
    "Merci de joindre un CV à jour à votre candidature."
  };

  static final String[] FR_JOB_CUES = {
    "Nous gardons votre passeport pendant toute la durée du contrat.",
    "Passeport gardé par l'employeur pour votre sécurité.",
    "Des frais de dossier de {fee} sont à payer avant le départ.",
    "Pas de jour de repos pendant la saison.",
    "Le logement et le transport sont retenus sur votre salaire.",
    "Billet d'avion et visa offerts, aucune expérience demandée, départ {start}.",
    "Le salaire sera versé à la fin de la saison.",
    "Les travailleurs sont logés sur place et ne peuvent pas sortir sans autorisation.",
    "L'agence conserve vos papiers d'identité jusqu'au remboursement de la dette.",
    "Envoyez une copie de votre passeport et votre RIB uniquement par WhatsApp.",
    "Gagnez {bigwage} par mois sans expérience, urgent, places limitées.",
    "Vous travaillerez 7 jours sur 7, 14 heures par jour.",
    "Le billet d'avion est une avance à rembourser sur vos premiers salaires.",
    "Ne dites rien à votre famille avant votre arrivée."
  };

  static final String[] FR_ESCORT = {
    "Bonjour messieurs, je suis {name}, jeune femme douce et souriante de passage à {city}.",
    "Massage relaxant dans un appartement propre et discret près du centre de {city}.",
    "Tarifs : {rate} la demi-heure, {rate} l'heure.",
    "Disponible jour et nuit, je reçois et je me déplace.",
    "Photos réelles, pas de mauvaises surprises.",
    "SMS uniquement, pas de numéros masqués.",
    "Appelez ou écrivez au {phone}.",
    "Hommes respectueux uniquement.",
    "Masseuse diplômée, massage suédois et pierres chaudes.",
    "Discrétion assurée, parking gratuit à proximité."
  };

  static final String[] FR_ESCORT_CUES = {
    "Nouvelle en ville pour quelques jours seulement.",
    "Nouvelles filles chaque semaine, jeunes et fraîches.",
    "Mes filles sont disponibles toute la nuit.",
    "Tout juste arrivée de l'étranger, parle peu français.",
    "Contact uniquement par WhatsApp au {phone}, pas d'appels.",
    "Demandez Mama {name} pour réserver.",
    "En tournée à {city} cette semaine seulement."
  };

  static final String[] FR_MESSAGE = {
    "Bonjour {name}, j'ai vu ton profil et j'ai un travail pour toi en {country}.",
    "Le salaire est très bon, {bigwage} par mois, et le patron paie le billet.",
    "Tu dois juste payer {fee} pour les frais de visa.",
    "Envoie-moi une photo de ton passeport pour commencer les papiers.",
    "Beaucoup de filles de ta ville travaillent déjà là-bas et elles sont contentes.",
    "Le travail est facile, dans un restaurant ou un hôtel, tu verras sur place.",
    "Appelle-moi au {phone} ce soir, les places partent vite.",
    "Bonjour, merci pour votre intérêt pour le poste de {role}.",
    "Nous vous proposons un entretien {day} prochain à {city}.",
    "Merci d'apporter votre CV et deux références."
  };
}
