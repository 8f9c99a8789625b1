// The demo org structure: the 13 regions of the 2022 pilot, their networks and real towns.

export interface DemoRegion {
  /** Official subject code, also the region's unit id. */
  code: string;
  network: "centralized" | "decentralized";
  /** Name of the managing centre (centralised networks only). */
  managing?: string;
  /** Towns with a territorial centre, the regional capital first. */
  towns: string[];
  /** How client-centred the region's centres are on the whole, 0..1 (drives the generated answers). */
  quality: number;
}

export const demoRegions: readonly DemoRegion[] = [
  {
    code: "32",
    network: "centralized",
    managing: "ГКУ «Центр занятости населения Брянской области»",
    quality: 0.82,
    towns: ["Брянск", "Клинцы", "Новозыбков", "Дятьково", "Унеча", "Карачев", "Стародуб", "Почеп", "Трубчевск"],
  },
  {
    code: "33",
    network: "decentralized",
    quality: 0.66,
    towns: ["Владимир", "Ковров", "Муром", "Александров", "Гусь-Хрустальный", "Кольчугино", "Вязники", "Суздаль"],
  },
  {
    code: "24",
    network: "centralized",
    managing: "КГКУ «Центр занятости населения Красноярского края»",
    quality: 0.7,
    towns: ["Красноярск", "Норильск", "Ачинск", "Канск", "Железногорск", "Минусинск", "Лесосибирск", "Енисейск"],
  },
  { code: "48", network: "decentralized", quality: 0.74, towns: ["Липецк", "Елец", "Грязи", "Данков", "Лебедянь", "Усмань", "Задонск"] },
  {
    code: "52",
    network: "centralized",
    managing: "ГКУ «Нижегородский центр занятости населения»",
    quality: 0.72,
    towns: ["Нижний Новгород", "Дзержинск", "Арзамас", "Саров", "Бор", "Кстово", "Павлово", "Выкса", "Городец"],
  },
  { code: "56", network: "decentralized", quality: 0.69, towns: ["Оренбург", "Орск", "Новотроицк", "Бузулук", "Бугуруслан", "Гай", "Сорочинск", "Тоцкое"] },
  {
    code: "25",
    network: "centralized",
    managing: "КГКУ «Приморский центр занятости населения»",
    quality: 0.6,
    towns: ["Владивосток", "Уссурийск", "Находка", "Артём", "Арсеньев", "Спасск-Дальний", "Партизанск", "Дальнегорск"],
  },
  { code: "60", network: "decentralized", quality: 0.63, towns: ["Псков", "Великие Луки", "Остров", "Опочка", "Невель", "Порхов"] },
  {
    code: "68",
    network: "centralized",
    managing: "ТОГКУ «Центр занятости населения Тамбовской области»",
    quality: 0.77,
    towns: ["Тамбов", "Мичуринск", "Моршанск", "Рассказово", "Котовск", "Уварово", "Кирсанов"],
  },
  { code: "72", network: "decentralized", quality: 0.75, towns: ["Тюмень", "Тобольск", "Ишим", "Ялуторовск", "Заводоуковск"] },
  {
    code: "74",
    network: "centralized",
    managing: "ОКУ «Центр занятости населения Челябинской области»",
    quality: 0.68,
    towns: ["Челябинск", "Магнитогорск", "Златоуст", "Миасс", "Копейск", "Озёрск", "Троицк", "Сатка"],
  },
  { code: "89", network: "decentralized", quality: 0.71, towns: ["Салехард", "Новый Уренгой", "Ноябрьск", "Надым", "Муравленко", "Лабытнанги"] },
  {
    code: "76",
    network: "centralized",
    managing: "ГКУ ЯО «Центр занятости населения Ярославской области»",
    quality: 0.73,
    towns: ["Ярославль", "Рыбинск", "Переславль-Залесский", "Тутаев", "Углич", "Ростов", "Данилов"],
  },
];
