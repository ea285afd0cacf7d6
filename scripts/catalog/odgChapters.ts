/** One ODG chapter: the short form letters cite, the NGC bibliographic title, and its Procedure Summary topics. */
export interface OdgChapter {
  short: string;
  full: string;
  appendix?: string;
  bodyParts: readonly string[];
  /** The chapter name is [V] in the domain reference (section 3); every topic name is [R]. */
  verified: boolean;
  topics: readonly string[];
}

const imaging = ['Radiography (x-rays)', 'CT (computed tomography)'];
const rehab = ['Physical therapy (PT)', 'Office visits', 'Durable medical equipment (DME)'];

/** Domain reference section 3: chapters, and the topics that recur in IMR letters, plus each body part's common services. */
export const odgChapters: readonly OdgChapter[] = [
  { short: 'Ankle & Foot', full: 'Ankle & Foot (Acute & Chronic)', bodyParts: ['ankle', 'foot'], verified: false,
    topics: ['Orthotic devices', 'MRI (magnetic resonance imaging)', ...imaging, ...rehab, 'Injections (corticosteroid)', 'Surgery for plantar fasciitis',
      'Ankle arthroscopy', 'Immobilization (casting)'] },
  { short: 'Burns', full: 'Burns', bodyParts: ['skin'], verified: false, topics: ['Skin substitutes', 'Office visits'] },
  { short: 'Carpal Tunnel Syndrome', full: 'Carpal Tunnel Syndrome (Acute & Chronic)', bodyParts: ['wrist', 'hand'], verified: false,
    topics: ['Splinting', 'Carpal tunnel release surgery (CTR)', 'Electrodiagnostic studies (EDS)', 'Cold therapy', 'Physical medicine treatment',
      'Injections', 'Office visits'] },
  { short: 'Elbow', full: 'Elbow (Acute & Chronic)', bodyParts: ['elbow'], verified: false,
    topics: ['MRIs', 'Radiography', 'Injections (corticosteroid)', 'Platelet-rich plasma (PRP)', 'Surgery for epicondylitis', 'Physical therapy',
      'Splinting (padding)', 'Electrodiagnostic studies (EDS)'] },
  { short: 'Eye', full: 'Eye', bodyParts: ['eye'], verified: false, topics: ['Office visits', 'Optical coherence tomography (OCT)'] },
  { short: 'Forearm, Wrist & Hand', full: 'Forearm, Wrist, & Hand (Acute & Chronic)', bodyParts: ['forearm', 'wrist', 'hand'], verified: false,
    topics: ['Splinting', 'Carpal tunnel release surgery (CTR)', 'Electrodiagnostic studies', 'Cold therapy', "MRI's (magnetic resonance imaging)",
      'Radiography (x-rays)', 'Physical/Occupational therapy', 'Injections (corticosteroid)', 'Trigger finger release', 'Durable medical equipment (DME)'] },
  { short: 'Head', full: 'Head (trauma, headaches, etc., not including stress & mental disorders)', bodyParts: ['head'], verified: true,
    topics: ['MRI (magnetic resonance imaging)', 'CT (computed tomography)', 'Neuropsychological testing', 'Botulinum toxin for headaches',
      'Vestibular studies', 'Office visits'] },
  { short: 'Hernia', full: 'Hernia', bodyParts: ['abdomen'], verified: false, topics: ['Hernia repair', 'Imaging', 'Office visits'] },
  { short: 'Hip & Pelvis', full: 'Hip & Pelvis (Acute & Chronic)', bodyParts: ['hip', 'pelvis'], verified: false,
    topics: ['Arthroplasty', 'MRI (magnetic resonance imaging)', 'X-ray', 'Arthroscopy', 'Physical therapy', 'Intra-articular steroid hip injection',
      'CT (computed tomography)', 'Walking aids (canes, crutches, braces, orthoses, & walkers)'] },
  { short: 'Knee & Leg', full: 'Knee & Leg (Acute & Chronic)', bodyParts: ['knee', 'leg'], verified: false,
    topics: ["MRI's (magnetic resonance imaging)", 'Hyaluronic acid injections', 'Knee joint replacement', 'Meniscectomy', 'Continuous-flow cryotherapy',
      'Platelet-rich plasma (PRP)', 'Knee brace', 'Walking aids (canes, crutches, braces, orthoses, & walkers)', 'Radiography (x-rays)',
      'Physical medicine treatment', 'Corticosteroid injections', 'Anterior cruciate ligament (ACL) reconstruction',
      'Arthroscopic surgery for osteoarthritis', 'Continuous passive motion (CPM)', 'Durable medical equipment (DME)'] },
  { short: 'Low Back', full: 'Low Back – Lumbar & Thoracic (Acute & Chronic)', bodyParts: ['low back', 'upper back'], verified: false,
    topics: ['MRIs (magnetic resonance imaging)', 'EMGs (electromyography)', 'Nerve conduction studies (NCS)', 'Lumbar supports', 'Gym memberships',
      'Facet joint intra-articular injections', 'Facet joint radiofrequency neurotomy', 'Sacroiliac joint blocks', 'Discectomy/laminectomy',
      'Fusion (spinal)', 'Hospital length of stay (LOS)', 'Back brace, post operative (fusion)', 'Durable medical equipment (DME)',
      'Radiography (x-rays)', 'Flexion/extension imaging studies', 'CT (computed tomography)', 'Epidural steroid injections (ESIs), therapeutic',
      'Physical therapy (PT)', 'Manipulation', 'Acupuncture', 'Discography', 'Spinal cord stimulation (SCS)', 'Bone growth stimulators (BGS)',
      'Work conditioning', 'Exercise', 'Aquatic therapy', 'TENS (transcutaneous electrical nerve stimulation)', 'Office visits'] },
  { short: 'Mental Illness & Stress', full: 'Mental Illness & Stress', bodyParts: ['mental health'], verified: false,
    topics: ['Cognitive therapy for depression', 'Psychotherapy guidelines', 'Insomnia treatment', 'Antidepressants', 'Office visits',
      'Psychological evaluations', 'Benzodiazepines', 'Cognitive therapy for PTSD'] },
  { short: 'Neck and Upper Back', full: 'Neck and Upper Back (Acute & Chronic)', bodyParts: ['neck', 'upper back'], verified: true,
    topics: ['MRI', 'Cervical epidural steroid injections', 'Facet joint diagnostic blocks', 'Facet joint radiofrequency neurotomy',
      'Discectomy-laminectomy-laminoplasty', 'Fusion, anterior cervical', 'Traction (mechanical)', 'Collars (cervical)', 'Radiography (x-rays)',
      'Flexion/extension imaging studies', 'CT (computed tomography)', 'Electromyography (EMG)', 'Nerve conduction studies (NCS)',
      'Physical therapy (PT)', 'Manipulation', 'Acupuncture', 'Massage', 'Office visits', 'Durable medical equipment (DME)'] },
  { short: 'Pain', full: 'Pain (Chronic)', bodyParts: [], verified: true,
    topics: ['Opioids, criteria for use', 'Urine drug testing', 'Proton pump inhibitors (PPIs)', 'Compound drugs', 'Medical food', 'Zolpidem (Ambien)',
      'Insomnia treatment', 'Muscle relaxants', 'Office visits', 'Functional restoration programs (FRPs)', 'Home health services', 'Acupuncture',
      'Antidepressants for chronic pain', 'Anti-epilepsy drugs (AEDs) for pain', 'NSAIDs (non-steroidal anti-inflammatory drugs)',
      'Topical analgesics', 'Spinal cord stimulators (SCS)', 'Trigger point injections', 'TENS (transcutaneous electrical nerve stimulation)',
      'Physical medicine treatment', 'Benzodiazepines', 'Cyclobenzaprine (Flexeril)', 'Lidoderm (lidocaine patch)', 'Tramadol (Ultram)',
      'Hydrocodone/Acetaminophen', 'Weaning of medications', 'Biofeedback', 'Interferential current stimulation (ICS)', 'H-wave stimulation (HWT)',
      'Botulinum toxin (Botox)', 'Psychological treatment', 'Gabapentin (Neurontin)', 'Pregabalin (Lyrica)', 'Carisoprodol (Soma)'] },
  { short: 'Pulmonary', full: 'Pulmonary (Acute & Chronic)', bodyParts: ['lung'], verified: false,
    topics: ['Pulmonary function testing', 'Polysomnography', 'Office visits'] },
  { short: 'Shoulder', full: 'Shoulder (Acute & Chronic)', bodyParts: ['shoulder'], verified: true,
    topics: ['MRI', 'Surgery for impingement syndrome', 'Surgery for rotator cuff repair', 'Continuous-flow cryotherapy', 'Continuous passive motion (CPM)',
      'Postoperative abduction pillow sling', 'Radiography', 'Physical therapy', 'Steroid injections', 'Arthroplasty (shoulder)',
      'Manipulation under anesthesia (MUA)', 'Platelet-rich plasma (PRP)', 'Ultrasound, diagnostic', 'Surgery for adhesive capsulitis',
      'Durable medical equipment (DME)'] },
  { short: 'Traumatic Brain Injury', full: 'Traumatic Brain Injury', bodyParts: ['head'], verified: false,
    topics: ['MRI (magnetic resonance imaging)', 'Neuropsychological testing', 'Cognitive rehabilitation', 'Office visits'] },
  { short: 'Drug Formulary', full: "ODG Workers' Comp Drug Formulary", appendix: 'Appendix A', bodyParts: [], verified: false,
    topics: ['Opioids', 'Muscle relaxants', 'Topical analgesics', 'Sleep aids'] },
];
