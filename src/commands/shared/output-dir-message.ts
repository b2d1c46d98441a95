/** The words for the output-folder rules (src/io/output-dir.ts), in the run's language. */
import type { OutputDirProblem } from '../../io/output-dir.js';
import { fill, type Lang, type Texts } from '../../cli/lang.js';

const TEXT: Record<OutputDirProblem, Texts> = {
  outputIsFile: { id: '{dir} adalah berkas, bukan folder. Pilih folder keluaran lain dengan -o.', en: '{dir} is a file, not a folder. Choose another output folder with -o.' },
  outputInput: {
    id: 'Berkas masukan {file} tidak akan ditimpa. Pilih folder keluaran lain dengan -o.',
    en: 'Refusing to overwrite the input file {file}. Choose another output folder with -o.',
  },
  outputForeign: {
    id: 'Folder keluaran {dir} sudah berisi berkas lain ({files}). Gunakan folder baru, atau --force untuk tetap menulis berkas talenta ke sana.',
    en: "The output folder {dir} already holds other files ({files}). Use a new folder, or --force to write talenta's files there anyway.",
  },
  outputMkdir: { id: 'Folder keluaran tidak dapat dibuat: {dir} ({code}).', en: 'The output folder cannot be created: {dir} ({code}).' },
};

export function outputDirMessage(lang: Lang) {
  return (problem: OutputDirProblem, p: Record<string, string>): string => fill(TEXT[problem][lang], p);
}
