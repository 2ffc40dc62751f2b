// Indonesian function words that say nothing about what an article is about:
// a search ignores them, and a query made only of them has nothing to look for.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `yang dan di ke dari pada untuk dengan dalam oleh atau juga itu ini tersebut adalah ialah sebagai akan telah
  sudah sedang masih bahwa karena agar supaya jika kalau maka namun tetapi tapi serta lalu kemudian saat ketika
  bagi tentang hingga sampai antara para sang si pun lah kah nya tak tidak bukan belum ada yakni yaitu setelah
  sebelum selama sejak seperti secara terhadap kepada akan atas bisa dapat harus mungkin pula saja hanya lebih
  sangat paling ia dia mereka kami kita kamu anda saya aku the of and a an to in on for is`
    .split(/\s+/)
    .filter(Boolean),
)
