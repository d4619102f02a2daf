/**
 * Passwords people pick first, lower-cased: the classic top of leaked-password lists (digit runs, keyboard walks,
 * "password" in its usual disguises) and the Indonesian favourites (sayang, bismillah, rahasia, city and club
 * names, months), plus the words a forum's own staff would reach for (pelayanan, dinas, mufakat). Shorter ones are
 * refused by length already; they are here because the check also strips trailing digits and symbols
 * ("Bismillah2026!" is "bismillah"). A few hundred words: enough to stop the obvious, small enough to read.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
123456 123456789 12345678 1234567 1234567890 12345 1234 123 111111 000000 123123 654321 666666 121212 112233
123321 987654321 0987654321 9876543210 0123456789 1111111111 0000000000 1234512345 1122334455 1234554321
12345678910 11223344 123123123 12341234 147258369 147852369 741852963 789456123 159753 159357 123654789
963852741 1029384756 4815162342 5555555555 6666666666 7777777777 8888888888 9999999999 2222222222 3333333333
4444444444 123456123456 112233445566 qwerty qwertyuiop qwertyui qwertyu qwert qwer asdf asdfgh asdfghjk
asdfghjkl zxcvbn zxcvbnm poiuytrewq azerty azertyuiop qwertz 1q2w3e 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4
q1w2e3r4t5 q1w2e3r4t5y6 1qaz2wsx 1qaz2wsx3edc qazwsx qazwsxedc qazwsxedcrfv zaq12wsx zaq1zaq1 zaq1xsw2
zaq12wsxcde3 1qazxsw2 1qazxsw23edc 12qwaszx qweasd qweasdzxc 123qweasdzxc qweasdzxc123 123qwe qwe123 1234qwer
qwer1234 asdf1234 1234asdf abcd1234 abc123 123abc a1b2c3 a1b2c3d4 a1b2c3d4e5 1a2b3c 1a2b3c4d 1a2b3c4d5e a1s2d3f4
a1s2d3f4g5 abcdef abcdefg abcdefgh abcdefghi abcdefghij abcde abc password passw0rd p@ssw0rd p@ssword pa55word
pa$$word passwort motdepasse contrasena senha parola wachtwoord salasana haslo passwordpassword password1
password12 password123 password1234 password12345 password! qwertyqwerty asdasd asdasdasd qweqwe iloveyou iloveu
loveyou lovely love loveme mylove trustno1 letmein welcome welcome1 hello hellohello helloworld whatever admin
administrator administrator1 root toor user guest test tester testing changeme default secret secret123 master
superman batman spiderman ironman starwars pokemon minecraft naruto sasuke doraemon pikachu dragonball onepiece
football baseball basketball soccer hockey tennis golfer monkey dragon shadow sunshine princess flower butterfly
michael jennifer jessica charlie mustang tigger buster liverpool chelsea arsenal barcelona realmadrid manchester
manchesterunited juventus acmilan intermilan computer internet samsung google facebook instagram whatsapp
youtube microsoft windows apple iphone android linkedin freedom matrix summer winter indonesia indonesiaraya
merdeka nusantara pancasila garuda garudaindonesia bhinneka bhinnekatunggalika bismillah bismilah alhamdulillah
subhanallah allahuakbar assalamualaikum insyaallah astagfirullah sayang sayangku sayangkamu cinta cintaku
cintakamu akucintakamu akusayangkamu kekasih rahasia rahasiaku katasandi kata_sandi sandi kuncirahasia ganteng
cantik sukses semangat keluarga mamapapa jomblo sahabat bintang matahari kucing anjing kelinci monyet muhammad
rizki hendra pratama satria jakarta bandung surabaya semarang yogyakarta jogja medan makassar palembang bali
denpasar malang bogor persija persib arema aremania bonek januari februari maret april mei juni juli agustus
september oktober november desember pemerintah pemerintahan pelayanan pelayananpublik masyarakat warga rakyat
negara kantor dinas instansi konsultasi konsultasipublik forum forumkonsultasi forumkonsultasipublik mufakat
musyawarah musyawarahmufakat dukcapil kependudukan puskesmas kelurahan kecamatan kabupaten provinsi sekolah
pegawai pegawainegeri asn aparatur operator staf staff admindinas
`
    .trim()
    .split(/\s+/),
);
