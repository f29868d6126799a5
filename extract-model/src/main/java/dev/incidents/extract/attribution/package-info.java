/**
 * Who states what a sentence says: "according to Pakistani officials", "police said", "the BLA
 * claimed to have killed 84". Shared by the casualty, actor and claim extractors. The source
 * nouns and the cue words are data files beside this package's resources.
 */
package dev.incidents.extract.attribution;
