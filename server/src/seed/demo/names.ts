import type { UmkmSector } from "../../subgraphs/okoce/domain/umkm-sectors";
/**
 * Word lists for synthetic people and businesses, mixing the Malay, Javanese, Batak, Minang, Bugis,
 * Flores and Chinese-Indonesian names one meets in Batam. Any resemblance to a real person is chance.
 */
// prettier-ignore
export const MALE_FIRST_NAMES = [
  "Agus", "Ahmad", "Andi", "Ari", "Arif", "Bambang", "Budi", "Dedi", "Dimas", "Eko",
  "Fajar", "Fauzi", "Hendra", "Heru", "Irfan", "Iwan", "Joko", "Junaidi", "Kurniawan", "Lukman",
  "Muhammad", "Nanda", "Rahmat", "Rizki", "Rudi", "Samsul", "Slamet", "Syahrul", "Teguh", "Wahyu",
  "Yusuf", "Zulkifli", "Azhar", "Razali", "Hamdan", "Syamsuddin", "Tengku", "Raja", "Bonar", "Togar",
  "Parulian", "Maruli", "Horas", "Darwis", "Ferdi", "Yoserizal", "Afrizal", "Hendrik", "Yohanes", "Markus",
  "Stevanus", "Antonius", "Hendri", "Sutrisno", "Suparman", "Yanto", "Erwin", "Ahok", "Acong", "Aseng",
  "Sandi", "Ilham", "Reza",
];

// prettier-ignore
export const FEMALE_FIRST_NAMES = [
  "Sari", "Dewi", "Sri", "Siti", "Nur", "Ani", "Rina", "Wati", "Yanti", "Lestari",
  "Fitri", "Indah", "Ratna", "Rini", "Ayu", "Putri", "Nurhayati", "Wulan", "Eka", "Dian",
  "Mega", "Nining", "Suryani", "Tuti", "Yuli", "Endang", "Ernawati", "Kartini", "Marlina", "Juliana",
  "Rosmawati", "Zubaidah", "Faridah", "Rohani", "Halimah", "Aminah", "Nurul", "Syarifah", "Tiur", "Rotua",
  "Lamtiar", "Romauli", "Butet", "Yusnidar", "Rahmi", "Yelfi", "Desi", "Novita", "Meiliana", "Lili",
  "Mei Ling", "Susanti", "Linda", "Veronika", "Maria", "Theresia", "Agustina", "Handayani", "Wahyuni", "Rahmawati",
  "Kurnia", "Intan",
];

// prettier-ignore
export const FAMILY_NAMES = [
  "Siregar", "Nasution", "Harahap", "Lubis", "Sinaga", "Simanjuntak", "Situmorang", "Manurung", "Pardede", "Hutapea",
  "Sitompul", "Nainggolan", "Panjaitan", "Tambunan", "Silalahi", "Sihombing", "Pasaribu", "Damanik", "Saragih", "Purba",
  "Ginting", "Tarigan", "Sembiring", "Hasibuan", "Batubara", "Simbolon", "Napitupulu", "Sianturi", "Marpaung", "Aritonang",
  "Chaniago", "Piliang", "Tanjung", "Koto", "Sikumbang", "Jambak", "Wijaya", "Halim", "Gunawan", "Santoso",
  "Hartono", "Setiawan", "Kusuma", "Salim", "Susanto", "Tanoto", "Widjaja", "Tanuwijaya", "Effendy", "Hadinata",
  "Budiman", "Sutanto", "Lim", "Tan", "Rangkuti", "Daulay", "Ritonga", "Pohan", "Matondang", "Sitorus",
];

/** The registry's closed list of sectors: the generator draws from what okoce accepts. */
export { UMKM_SECTORS as SECTORS } from "../../subgraphs/okoce/domain/umkm-sectors";
export type Sector = UmkmSector;

/** Relative shares of the sectors among UMKM on the main island; the hinterland kecamatan fish more. */
export const SECTOR_WEIGHTS: Record<Sector, number> = {
  Kuliner: 30,
  "Perdagangan Eceran": 25,
  "Fesyen & Konveksi": 7,
  "Jasa Reparasi": 6,
  Pertanian: 2,
  Perikanan: 3,
  Kerajinan: 3,
  "Jasa Kecantikan": 5,
  Transportasi: 5,
  Laundry: 5,
  Percetakan: 2,
  Lainnya: 7,
};

/** Sectors a pedagang kaki lima works in, with their shares. */
export const STREET_VENDOR_SECTOR_WEIGHTS: Partial<Record<Sector, number>> = {
  Kuliner: 60,
  "Perdagangan Eceran": 30,
  "Jasa Reparasi": 5,
  Lainnya: 5,
};

/**
 * Business name patterns per sector. {owner} becomes "Pak Budi" or "Bu Sari" (or "Bang"/"Kak", as
 * Batam says), {name} the owner's first name, {word} one of BUSINESS_WORDS.
 */
export const BUSINESS_PATTERNS: Record<Sector, string[]> = {
  Kuliner: [
    "Warung Makan {owner}",
    "Rumah Makan {word}",
    "Kedai Kopi {word}",
    "Bakso {owner}",
    "Mie Ayam {name}",
    "Nasi Padang {word}",
    "Kue Basah {name}",
    "Otak-Otak {owner}",
    "Lontong Sayur {owner}",
    "Roti Prata {word}",
  ],
  "Perdagangan Eceran": [
    "Toko Kelontong {word}",
    "Toko Sembako {name}",
    "Grosir {word}",
    "Kios Pulsa {word}",
    "Toko {word}",
    "Warung Sembako {owner}",
    "Toko Plastik {word}",
  ],
  "Fesyen & Konveksi": ["Konveksi {word}", "Jahit {owner}", "Butik {name}", "Penjahit {word}", "Sablon {word}"],
  "Jasa Reparasi": ["Bengkel Motor {word}", "Servis Elektronik {word}", "Servis HP {word}", "Bengkel Las {word}"],
  Pertanian: ["Kebun Sayur {owner}", "Tani {word}", "Hidroponik {word}"],
  Perikanan: ["Keramba {owner}", "Ikan Segar {word}", "Kelong {name}", "Ikan Bilis {word}"],
  Kerajinan: ["Kerajinan Tangan {word}", "Anyaman {name}", "Batik {word}", "Souvenir {word}"],
  "Jasa Kecantikan": ["Salon {name}", "Salon Muslimah {word}", "Pangkas Rambut {word}", "Barbershop {word}"],
  Transportasi: ["Ojek {owner}", "Rental Mobil {word}", "Pompong {name}", "Jasa Antar {word}"],
  Laundry: ["Laundry {word}", "Laundry Kiloan {name}", "{word} Laundry"],
  Percetakan: ["Percetakan {word}", "Fotokopi {word}", "Digital Printing {word}"],
  Lainnya: ["Usaha {word}", "Jasa {word}", "Toko Bunga {name}", "Kos-Kosan {owner}"],
};

/** Patterns for pedagang kaki lima: a cart, a stall or a spot on the roadside. */
export const STREET_VENDOR_PATTERNS: Partial<Record<Sector, string[]>> = {
  Kuliner: [
    "Gerobak Bakso {owner}",
    "Pisang Goreng {owner}",
    "Gorengan {owner}",
    "Es Kelapa {word}",
    "Jagung Bakar {word}",
    "Sate {owner}",
  ],
  "Perdagangan Eceran": ["Lapak Sayur {owner}", "Lapak Buah {word}", "Kaki Lima {word}"],
  "Jasa Reparasi": ["Tambal Ban {owner}", "Sol Sepatu {owner}"],
  Lainnya: ["Lapak {owner}", "Kios {word}"],
};

// prettier-ignore
export const BUSINESS_WORDS = [
  "Maju Jaya", "Sinar", "Berkah", "Barokah", "Sumber Rezeki", "Harapan Baru", "Mandiri", "Sejahtera", "Abadi", "Makmur",
  "Lestari", "Amanah", "Bersama", "Cahaya", "Bersih", "Murah Meriah", "Sentosa", "Jaya Abadi", "Mulia", "Putra",
  "Indah", "Setia", "Rezeki", "Kepri", "Barelang", "Melayu", "Nusantara", "Keluarga", "Serumpun", "Gemilang",
];

// prettier-ignore
export const STREET_NAMES = [
  "Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Gatot Subroto", "Jl. Diponegoro", "Jl. Imam Bonjol",
  "Jl. Teuku Umar", "Jl. Gajah Mada", "Jl. Hasanuddin", "Jl. Pahlawan", "Jl. Merdeka",
  "Jl. Veteran", "Jl. Pemuda", "Jl. Raja Haji Fisabilillah", "Jl. Engku Putri", "Jl. Laksamana Bintan",
];
